package dev.docket.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Answer;
import java.util.List;
import org.junit.jupiter.api.Test;

final class EvaluationReportTest {

    private static final EvaluationCase WIDGETS = new EvaluationCase("en-widgets", "how many widgets", "en", true,
            List.of("2,000 widgets"), List.of("knowledge/en-widgets.md"), false, QuestionStyle.CASUAL);
    private static final EvaluationCase WEATHER = new EvaluationCase("de-weather", "Wie wird das Wetter?", "de",
            false, List.of(), List.of(), false, QuestionStyle.OFF_TOPIC_UNANSWERABLE);

    @Test
    void should_count_the_fact_as_retrieved_when_a_passage_writes_it_with_another_separator_and_case() {
        CaseResult result = Evaluator.grade(WIDGETS, refusal("en"),
                List.of("Nothing here.", "The plant made over 2.000 Widgets in March."));

        assertFalse(result.passed());
        assertTrue(result.factRetrieved());
    }

    @Test
    void should_not_count_the_fact_as_retrieved_when_no_passage_holds_it() {
        CaseResult result = Evaluator.grade(WIDGETS, refusal("en"), List.of("The plant made 200 widgets."));

        assertFalse(result.factRetrieved());
    }

    @Test
    void should_score_recall_only_over_answerable_cases_when_a_group_mixes_both() {
        EvaluationReport report = new EvaluationReport(List.of(
                Evaluator.grade(WIDGETS, refusal("en"), List.of("over 2,000 widgets")),
                Evaluator.grade(WEATHER, refusal("de"), List.of())));

        GroupScore overall = report.overallScore();
        assertEquals(new GroupScore(2, 1, 1, 1), overall);
        assertEquals(1.0, overall.recall());
        assertNull(report.styleScores().get(QuestionStyle.OFF_TOPIC_UNANSWERABLE).recall());
        assertEquals(List.of("en", "de"), List.copyOf(report.languageScores().keySet()));
        assertEquals(List.of(QuestionStyle.CASUAL, QuestionStyle.OFF_TOPIC_UNANSWERABLE),
                List.copyOf(report.styleScores().keySet()));
    }

    @Test
    void should_list_a_failure_with_its_style_and_answer_when_verbose() {
        EvaluationReport report = new EvaluationReport(List.of(
                Evaluator.grade(WIDGETS, refusal("en"), List.of("over 2,000 widgets"))));

        String table = report.describe(true);

        assertTrue(table.contains("style casual"), table);
        assertTrue(table.contains("FAIL en-widgets [en, casual] how many widgets -> refused (fact retrieved)"), table);
        assertTrue(table.contains("The articles don't answer this question."), table);
    }

    private static Answer refusal(String language) {
        return new Answer("q", language, false, "The articles don't answer this question.", List.of(), "extractive",
                false, 1);
    }
}
