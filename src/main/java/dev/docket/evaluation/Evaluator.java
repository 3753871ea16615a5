package dev.docket.evaluation;

import dev.docket.answer.Answer;
import dev.docket.answer.Citation;
import dev.docket.answer.ExtractiveAnswerer;
import dev.docket.answer.Question;
import dev.docket.answer.QuestionHandler;
import dev.docket.language.LanguageLexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades answers the way the outside evaluation does: an answerable case passes when the answer text holds the
 * expected fact and a citation quotes an expected article; an unanswerable one passes when it is refused. Beside
 * the answer it measures recall: whether the fact is in the {@value #RECALL_DEPTH} passages the answerer is given
 * (the passages of the retrieval's ranked sentences, best first), whatever the answer did with them.
 */
public final class Evaluator {

    public static final int RECALL_DEPTH = 5;

    private final QuestionHandler handler;
    private final ExtractiveAnswerer retrieval;

    public Evaluator(QuestionHandler handler, ExtractiveAnswerer retrieval) {
        this.handler = handler;
        this.retrieval = retrieval;
    }

    public EvaluationReport run(EvaluationSet set) {
        List<CaseResult> results = new ArrayList<>();
        for (EvaluationCase evaluationCase : set.cases()) {
            Question question = new Question(evaluationCase.question(), null, "eval");
            Answer answer = handler.handle(question);
            List<String> passages = retrieval.retrieve(question).bestSentencePerPassage(RECALL_DEPTH).stream()
                    .map(sentence -> sentence.passage().text())
                    .toList();
            results.add(grade(evaluationCase, answer, passages));
        }
        return new EvaluationReport(results);
    }

    /** Grades one answer to one case without looking at passages (also used for answers not from Docket). */
    public static CaseResult grade(EvaluationCase evaluationCase, Answer answer) {
        return grade(evaluationCase, answer, List.of());
    }

    /** Grades one answer to one case, and whether the case's fact is in {@code passages}. */
    public static CaseResult grade(EvaluationCase evaluationCase, Answer answer, List<String> passages) {
        if (!evaluationCase.answerable()) {
            return new CaseResult(evaluationCase, answer, !answer.answered(),
                    answer.answered() ? "answered, but the articles do not say" : null, false);
        }
        boolean retrieved = passages.stream().anyMatch(passage -> holdsFact(evaluationCase, passage));
        if (!answer.answered()) {
            return new CaseResult(evaluationCase, answer, false, "refused", retrieved);
        }
        boolean holdsFact = holdsFact(evaluationCase, answer.text());
        boolean citesSource = answer.citations().stream().map(Citation::source)
                .anyMatch(source -> evaluationCase.sources().stream().anyMatch(source::endsWith));
        String failure = holdsFact
                ? (citesSource ? null : "no citation of " + evaluationCase.sources())
                : "fact " + evaluationCase.expect() + " missing";
        return new CaseResult(evaluationCase, answer, failure == null, failure, retrieved);
    }

    private static boolean holdsFact(EvaluationCase evaluationCase, String text) {
        String normalizedText = normalized(text);
        return evaluationCase.expect().stream().anyMatch(fact -> normalizedText.contains(normalized(fact)));
    }

    /** Folded, with thousands separators removed, so "6.000" matches "6,000" and "6000". */
    static String normalized(String text) {
        return LanguageLexicon.withoutThousandsSeparators(LanguageLexicon.fold(text))
                .replaceAll("\\s+", " ");
    }
}
