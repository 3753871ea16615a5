package dev.docket.evaluation;

import dev.docket.answer.Answer;
import dev.docket.answer.Citation;
import dev.docket.answer.Question;
import dev.docket.answer.QuestionHandler;
import dev.docket.language.LanguageLexicon;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades answers the way the outside evaluation does: an answerable case passes when the answer text holds the
 * expected fact and a citation quotes an expected article; an unanswerable one passes when it is refused.
 */
public final class Evaluator {

    private final QuestionHandler handler;

    public Evaluator(QuestionHandler handler) {
        this.handler = handler;
    }

    public EvaluationReport run(EvaluationSet set) {
        List<CaseResult> results = new ArrayList<>();
        for (EvaluationCase evaluationCase : set.cases()) {
            Answer answer = handler.handle(new Question(evaluationCase.question(), null, "eval"));
            results.add(grade(evaluationCase, answer));
        }
        return new EvaluationReport(results);
    }

    /** Grades one answer to one case (also used for answers that did not come from Docket). */
    public static CaseResult grade(EvaluationCase evaluationCase, Answer answer) {
        if (!evaluationCase.answerable()) {
            return new CaseResult(evaluationCase, answer, !answer.answered(),
                    answer.answered() ? "answered, but the articles do not say" : null);
        }
        if (!answer.answered()) {
            return new CaseResult(evaluationCase, answer, false, "refused");
        }
        String text = normalized(answer.text());
        boolean holdsFact = evaluationCase.expect().stream().anyMatch(fact -> text.contains(normalized(fact)));
        boolean citesSource = answer.citations().stream().map(Citation::source)
                .anyMatch(source -> evaluationCase.sources().stream().anyMatch(source::endsWith));
        String failure = holdsFact
                ? (citesSource ? null : "no citation of " + evaluationCase.sources())
                : "fact " + evaluationCase.expect() + " missing";
        return new CaseResult(evaluationCase, answer, failure == null, failure);
    }

    /** Folded, with thousands separators removed, so "6.000" matches "6,000" and "6000". */
    static String normalized(String text) {
        return LanguageLexicon.withoutThousandsSeparators(LanguageLexicon.fold(text))
                .replaceAll("\\s+", " ");
    }
}
