package dev.docket.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.DocketConfig;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the bench harness at the smallest size so it keeps working; no timing is asserted. */
final class BenchmarkTest {

    @TempDir
    Path work;

    @Test
    void should_print_a_table_for_docket_and_the_baseline_when_run_at_the_shipped_size() {
        BenchOptions options = new BenchOptions(List.of(1), 3, 42, work, Path.of("config", "eval", "questions.yaml"),
                5, null, 0, "1g");
        StringWriter progress = new StringWriter();

        BenchReport report = new Benchmark(DocketConfig.defaults(), new AllMiniLmL6V2QuantizedEmbeddingModel(),
                options, new PrintWriter(progress)).run();

        SizeResult result = report.sizes().get(0);
        assertEquals(5, result.files());
        assertTrue(result.passages() > 0 && result.baselineSegments() > 0, report.table());
        assertEquals(3, result.answer().count());
        assertEquals(3, result.baselineAnswer().count());
        assertTrue(result.evalScore() > 0 && result.baselineEvalScore() > 0, report.table());
        assertTrue(report.table().contains("Easy RAG baseline"), report.table());
    }
}
