package dev.docket.bench;

import java.util.List;
import java.util.function.Function;

/** The results of a bench run, and the table a person reads. */
public record BenchReport(BenchOptions options, List<SizeResult> sizes, ColdStartResult coldStart, double baseHeapMb) {

    public BenchReport {
        sizes = List.copyOf(sizes);
    }

    public String table() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Docket bench: seed %d, %d timed questions per size and path, %d cores, max heap %d MB%n",
                options.seed(), options.questions(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        row(text, "knowledge size", result -> result.size() + "x");
        row(text, "files / passages", result -> result.files() + " / " + result.passages());
        text.append("Docket\n");
        row(text, "  ingest, embedding (passages/s)", result -> String.format("%.0f (%d files)",
                result.embedPassagesPerSecond(), result.embedFiles()));
        row(text, "  ingest, cached (passages/s)", result -> String.format("%.0f", result.cachedPassagesPerSecond()));
        row(text, "  unchanged reload (ms)", result -> Long.toString(result.unchangedReloadMillis()));
        row(text, "  first answer after ingest (ms)", result -> Long.toString(result.firstAnswerMillis()));
        row(text, "  knowledge heap (MB)", result -> String.format("%.0f", result.knowledgeHeapMb()));
        row(text, "  retrieval p50/p95/p99 (ms)", result -> result.retrieval().describe());
        row(text, "  answer p50/p95/p99 (ms)", result -> result.answer().describe());
        row(text, "  eval score", result -> String.format("%.1f%%", 100 * result.evalScore()));
        text.append("Easy RAG baseline (InMemoryEmbeddingStore, recursive(300, 30), top segment)\n");
        row(text, "  segments", result -> Integer.toString(result.baselineSegments()));
        row(text, "  ingest (s, texts embedded)", result -> String.format("%.1f (%d)", result.baselineIngestSeconds(),
                result.baselineEmbedded()));
        row(text, "  knowledge heap (MB)", result -> String.format("%.0f", result.baselineHeapMb()));
        row(text, "  retrieval p50/p95/p99 (ms)", result -> result.baselineRetrieval().describe());
        row(text, "  answer p50/p95/p99 (ms)", result -> result.baselineAnswer().describe());
        row(text, "  eval score", result -> String.format("%.1f%%", 100 * result.baselineEvalScore()));
        row(text, "answer p50: Easy RAG / Docket", result -> String.format("%.2fx",
                result.baselineAnswer().p50() / result.answer().p50()));
        text.append(String.format("cold start to first answer (1x), existing data: %s%n",
                ColdStartResult.describe(coldStart.existingData())));
        text.append(String.format("cold start to first answer (1x), empty data:    %s%n",
                ColdStartResult.describe(coldStart.emptyData())));
        text.append(String.format("cold start, existing data, bin/docket (AppCDS, C1): %s%n",
                ColdStartResult.describe(coldStart.existingDataScript())));
        text.append(String.format("heap with no knowledge loaded (JVM, model, bench): %.0f MB%n", baseHeapMb));
        return text.toString();
    }

    private void row(StringBuilder text, String label, Function<SizeResult, String> cell) {
        text.append(String.format("%-34s", label));
        for (SizeResult result : sizes) {
            text.append(String.format(" %24s", cell.apply(result)));
        }
        text.append('\n');
    }
}
