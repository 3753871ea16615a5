package dev.docket.bench;

/**
 * What the bench measured at one knowledge size, for Docket and for the Easy RAG baseline.
 *
 * @param embedPassagesPerSecond ingestion into an empty database of the first {@code embedFiles} files
 * @param persistentEmbedded texts this run had to embed to fill the kept database (0 once it is filled)
 * @param firstAnswerMillis the first question after ingestion (per-snapshot work such as figure grouping runs then)
 * @param knowledgeHeapMb heap the loaded knowledge holds (used heap after ingestion minus before, after GC)
 */
public record SizeResult(
        int size,
        int files,
        int passages,
        int embedFiles,
        double embedPassagesPerSecond,
        int persistentEmbedded,
        double cachedPassagesPerSecond,
        long unchangedReloadMillis,
        long firstAnswerMillis,
        double knowledgeHeapMb,
        Latencies retrieval,
        Latencies answer,
        double evalScore,
        int baselineSegments,
        int baselineEmbedded,
        double baselineIngestSeconds,
        double baselineHeapMb,
        Latencies baselineRetrieval,
        Latencies baselineAnswer,
        double baselineEvalScore) {}
