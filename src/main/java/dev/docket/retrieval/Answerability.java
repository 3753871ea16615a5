package dev.docket.retrieval;

import dev.docket.config.RetrievalConfig;

/**
 * Decides from the {@link AnswerEvidence} whether the knowledge answers a question (quote an answer, or refuse),
 * and whether any passage relates to it at all (a model is then given the passages to decide).
 *
 * <p>A question is refused when it names something no document mentions, or asks about a concept of the lexicon
 * ("salary", "verdict") that no document states and the best passages state nothing close to (below
 * {@code retrieval.min-concept-support}; not a "how many" question whose counted word the articles count, nor a
 * "when" question whose best sentence dates what it asks about), or asks "how many" of something no sentence counts,
 * nor anything as close
 * ("how many employees" where the articles count flights and passengers), unless its best sentence says nearly all
 * it asks ({@code retrieval.min-strong-evidence}; not when none of them counts what it counts or states the kind
 * of sum it asks about: count support 0), or asks about others of a kind that no
 * best sentence names or speaks of ("did other clients of the vendor sue too?"). A question that asks for no kind of
 * fact and shares no term with any candidate, or only a general verb or a judgement, is refused unless its
 * similarity alone reaches {@code retrieval.min-similarity}; so is a who- or which-question that shares only such
 * words. Otherwise it is answered when its best candidate's embedding
 * similarity plus its term coverage (synonyms and translations through the concept lexicon, misspellings
 * corrected) reach {@code retrieval.min-evidence}, or {@code retrieval.min-kind-evidence} when it asks for a kind of
 * fact (a figure, a date, a person, a name) and a candidate states one. A candidate covering
 * {@code retrieval.min-coverage} of the question's terms, or as similar as {@code retrieval.min-similarity}, answers
 * it alone; so does, for a "when"
 * question that names nothing but the time ("when did it happen"), a best sentence stating the day the most
 * articles state, and for such a "how long" question ("how long did it last"), one measuring the span of time the
 * most articles measure. The values were calibrated on the dev set
 * ({@code config/eval/dev.yaml}, docs/retrieval.md): a refusal only costs an answer that would have been right.
 */
final class Answerability {

    private final RetrievalConfig config;

    Answerability(RetrievalConfig config) {
        this.config = config;
    }

    boolean answerable(AnswerEvidence evidence) {
        // A best sentence that says nearly all the question asks (coverage plus similarity at least
        // retrieval.min-strong-evidence) answers it even when one of its concepts or counted words is stated in
        // other words: "how many customers were affected" where the articles count affected passengers.
        // Not when none of the best sentences counts what it counts or states the kind of sum it asks about (count
        // support 0): "wie hoch ist der Jahresumsatz" is no question a sentence about lost revenue answers, however
        // much of it that sentence covers.
        boolean strong = evidence.topCoverage() + evidence.topSimilarity() >= config.minStrongEvidence()
                && evidence.countSupport() > 0;
        boolean unsupported = evidence.conceptSupport() < config.minConceptSupport()
                || evidence.countSupport() < config.minConceptSupport();
        if (!evidence.unknownNames().isEmpty() || (unsupported && !strong) || !evidence.othersStated()) {
            return false;
        }
        if (evidence.coverage() >= config.minCoverage() || evidence.similarity() >= config.minSimilarity()
                || evidence.caseDateStated()) {
            return true;
        }
        // A question that asks for no kind of fact and shares no term with any candidate rests on similarity
        // alone, which for German and French text is the English model's noise ("ein gutes Rezept für ..."). So
        // does one that shares only a general verb or a judgement ("wie bekomme ich ...": "know" after a
        // misspelling), and a who- or which-question that shares only such words ("Welche Wanderschuhe sind gut
        // für Anfänger?": "gut"). A "how many" or "when" keeps its own evidence.
        boolean sharesOnlyGeneralWords = evidence.coverage() > 0 && !evidence.subjectShared();
        if ((!evidence.asksForKind() && !evidence.subjectShared())
                || (evidence.asksForName() && sharesOnlyGeneralWords)) {
            return false;
        }
        // A question asking for a figure, a date, a person or a name, when a candidate states one, has that as
        // evidence too: "how much dough are they after" shares little but "damages" with "claiming 5.2 million euros
        // in damages", and the sum is what it asks for.
        double needed = evidence.asksForKind() && evidence.kindFound()
                ? config.minKindEvidence() : config.minEvidence();
        return evidence.similarity() + evidence.coverage() >= needed;
    }

    /** Some passage relates to the question: similar enough, or covering enough of its terms. */
    boolean relevant(AnswerEvidence evidence) {
        return evidence.similarity() + evidence.coverage() >= config.minRelevance();
    }
}
