package dev.docket.config;

/**
 * Tuning of hybrid retrieval; the defaults were chosen by measurement with {@code docket eval}.
 *
 * @param lexicalTopK passages taken from the Lucene BM25 ranking
 * @param denseTopK passages taken from the embedding ranking
 * @param rrfK the constant of reciprocal rank fusion (larger flattens the ranks)
 * @param minCoverage share of the question's informative terms a passage must hold to count as an answer
 * @param minSimilarity cosine similarity at which the embedding alone makes a passage count as an answer
 */
public record RetrievalConfig(
        int lexicalTopK, int denseTopK, int rrfK, double minCoverage, double minSimilarity) {

    public RetrievalConfig {
        ConfigChecks.positive("retrieval.lexical-top-k", lexicalTopK);
        ConfigChecks.positive("retrieval.dense-top-k", denseTopK);
        ConfigChecks.positive("retrieval.rrf-k", rrfK);
        ConfigChecks.fraction("retrieval.min-coverage", minCoverage);
        ConfigChecks.fraction("retrieval.min-similarity", minSimilarity);
    }

    public static RetrievalConfig defaults() {
        return new RetrievalConfig(20, 20, 60, 0.5, 0.75);
    }
}
