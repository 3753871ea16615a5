package dev.docket.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Guards answer quality: the shipped evaluation set must not drop below the floor measured when it was set. */
final class EvaluationQualityTest {

    /** Measured overall score minus a small margin; raise it when quality improves. */
    private static final double OVERALL_FLOOR = 0.80;

    @TempDir
    Path data;

    @Test
    void should_stay_above_the_quality_floor_and_refuse_every_unanswerable_question() {
        try (Application application = TestApplications.open(Path.of("knowledge"), data)) {
            application.reloader().reload();

            EvaluationReport report = new Evaluator(application.questionHandler())
                    .run(EvaluationSet.read(Path.of("config", "eval", "questions.yaml")));

            System.out.print(report.describe(true));
            assertTrue(report.overall() >= OVERALL_FLOOR, report.describe(true));
            assertEquals(1.0, report.refusals(), report.describe(true));
        }
    }
}
