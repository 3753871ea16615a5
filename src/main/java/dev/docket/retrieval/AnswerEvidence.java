package dev.docket.retrieval;

import java.util.List;

/**
 * What the answerability decision saw, kept for the decision and for the debug log.
 *
 * @param similarity the best embedding similarity of a candidate sentence or its passage to the question (or to
 *     its English gloss), among candidates that state the kind of fact asked for
 * @param coverage the best share of the question's term weight a candidate sentence and its passage hold, among
 *     the same candidates
 * @param topCoverage the coverage of the best-ranked sentence, the one an answer quotes first
 * @param topSimilarity the embedding similarity of that sentence to the question (or its gloss)
 * @param unknownShare the share of the question's content words that no document uses
 * @param unknownWords those words
 * @param unknownNames names in the question that the knowledge never mentions
 * @param unknownConcepts concepts of the lexicon the question asks about that the knowledge never mentions in
 *     any language
 * @param conceptSupport for the least supported of {@code unknownConcepts}, its highest similarity to a concept
 *     the best passages state (1 when there are no unknown concepts): low when the question asks about
 *     something the passages say nothing close to
 * @param kindFound whether some candidate states the kind of fact asked for (a date for "when", ...; for a "when"
 *     in the future tense, a day on or after its article's date)
 * @param countSupport for a "how many" question, how close what some sentence of the knowledge counts comes to what
 *     the question counts ({@link AnalyzedQuestion#countedTerms()}): 1 when a sentence counts it or a near-synonym,
 *     else the highest embedding similarity of the two concepts; 0 when it counts a word neither the knowledge nor
 *     the lexicons know; 0 for a "how much" question about a particular kind of sum ("how much revenue") when none of
 *     the best sentences states a sum of that kind; 1 for any other question
 * @param asksForKind whether the question asks for a kind of fact (a figure, a date, a person, a name), not just
 *     "what"
 * @param othersStated for a question about others of a kind ("other clubs", "andere Kunden"), whether one of the
 *     best sentences names another of that kind or speaks of others of it; true for any other question
 * @param caseDateStated for a "when" question that names nothing but the time ("when did it happen"), whether the
 *     best sentence states the day the most articles state, the day of the event they are about; for a "how long"
 *     question that names nothing but the time ("how long did it last"), whether it measures the span of time the
 *     most articles measure
 * @param subjectShared whether some candidate passage shares a term with the question, or a near-synonym of one,
 *     that says what the question is about: not only a general verb ("know", "see"), a question word's concept or
 *     a judgement ("good")
 * @param asksForName whether the question asks who or which: for a person or a name
 */
public record AnswerEvidence(
        double similarity, double coverage, double topCoverage, double topSimilarity, double unknownShare, List<String> unknownWords, List<String> unknownNames,
        List<String> unknownConcepts, double conceptSupport, boolean kindFound, double countSupport,
        boolean asksForKind, boolean othersStated, boolean caseDateStated, boolean subjectShared,
        boolean asksForName) {

    public AnswerEvidence {
        unknownWords = List.copyOf(unknownWords);
        unknownNames = List.copyOf(unknownNames);
        unknownConcepts = List.copyOf(unknownConcepts);
    }

    static AnswerEvidence none() {
        return new AnswerEvidence(0, 0, 0, 0, 1, List.of(), List.of(), List.of(), 0, false, 0, false, true, false, false,
                false);
    }
}
