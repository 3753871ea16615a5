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
 * The third, made-up case file ({@code src/test/resources/third-case}): a development set for generality. Unlike the
 * second case file it may be tuned on; its questions were written from the topic alone, before its articles. The
 * floor is its score after session 8's first step (62.5%; 60.4% when it was written) minus 5 points.
 */
final class ThirdCaseFileTest {

    private static final Path CASE_FILE = Path.of("src", "test", "resources", "third-case");
    private static final double OVERALL_FLOOR = 0.57;

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
    void should_stay_above_the_floor_when_the_made_up_case_file_is_evaluated() {
        EvaluationReport report = new Evaluator(application.questionHandler(), application.extractiveAnswerer())
                .run(EvaluationSet.read(CASE_FILE.resolve("questions.yaml")));

        System.out.print("third case file\n" + report.describe(true));
        assertTrue(report.overall() >= OVERALL_FLOOR, report.describe(true));
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
