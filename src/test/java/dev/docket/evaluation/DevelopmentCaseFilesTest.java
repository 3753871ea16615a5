package dev.docket.evaluation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Answer;
import dev.docket.answer.Question;
import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.retrieval.Retrieval;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third and fourth made-up case files ({@code src/test/resources/third-case}: a festival organiser and its
 * insurer; {@code fourth-case}: a confectioner's recall and a supermarket chain): development sets for generality.
 * Unlike the second case file they may be tuned on; their questions were written from the topic alone, before their
 * articles. Each floor is the case file's score at the end of session 8 minus 5 points (third 79.2%, 60.4% when it
 * was written; fourth 75.0%, 66.7% when it was written).
 */
final class DevelopmentCaseFilesTest {

    private static final Path CASE_FILE = Path.of("src", "test", "resources", "third-case");

    @TempDir
    static Path data;

    private static Application application;

    @BeforeAll
    static void start() {
        application = TestApplications.open(CASE_FILE.resolve("knowledge"), data);
        application.reloader().reload();
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void should_stay_above_the_floor_when_the_third_case_file_is_evaluated() {
        EvaluationReport report = new Evaluator(application.questionHandler(), application.extractiveAnswerer())
                .run(EvaluationSet.read(CASE_FILE.resolve("questions.yaml")));

        System.out.print("third case file\n" + report.describe(true));
        assertTrue(report.overall() >= 0.74, report.describe(true));
    }

    @Test
    void should_stay_above_the_floor_when_the_fourth_case_file_is_evaluated(@TempDir Path fourthData) {
        Path caseFile = Path.of("src", "test", "resources", "fourth-case");
        try (Application fourth = TestApplications.open(caseFile.resolve("knowledge"), fourthData)) {
            fourth.reloader().reload();

            EvaluationReport report = new Evaluator(fourth.questionHandler(), fourth.extractiveAnswerer())
                    .run(EvaluationSet.read(caseFile.resolve("questions.yaml")));

            System.out.print("fourth case file\n" + report.describe(true));
            assertTrue(report.overall() >= 0.70, report.describe(true));
        }
    }

    @Test
    void should_not_correct_a_word_into_one_that_only_articles_in_another_language_use() {
        Retrieval retrieval = application.extractiveAnswerer()
                .retrieve(new Question("c'est quoi la recette de la tarte tatin ?", null, "test"));

        assertTrue(retrieval.question().searchText().contains("tatin"), retrieval.question().searchText());
        assertFalse(retrieval.question().searchText().contains("tatig"), retrieval.question().searchText());
    }

    @Test
    void should_quote_the_sentence_that_explains_a_short_best_sentence_by_referring_back_to_it() {
        Answer answer = application.questionHandler().handle(Question.fromCli("Was steht in Klausel 7.3?"));

        assertTrue(answer.answered() && answer.citations().size() >= 2, answer.text());
        assertTrue(answer.citations().get(1).snippet().startsWith("Sie "), answer.text());
    }
}
