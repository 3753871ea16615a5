package dev.docket.config;

/**
 * Tuning of hybrid retrieval; the defaults were chosen by measurement with {@code docket eval}.
 *
 * @param lexicalTopK passages taken from the Lucene BM25 ranking
 * @param denseTopK passages taken from the embedding ranking
 * @param rrfK the constant of reciprocal rank fusion (larger flattens the ranks)
 * @param minCoverage share of the question's term weight whose coverage by one candidate alone answers it
 * @param minSimilarity embedding similarity of a candidate that alone answers the question
 * @param minEvidence embedding similarity plus term coverage of the best candidate at which a question is answered
 * @param minConceptSupport how close (embedding similarity) a concept the question asks about, which no document
 *     states, must be to a concept the best passages state; below it the question is refused
 * @param minRelevance similarity plus coverage at which a passage counts as related at all, so a configured model
 *     is asked
 * @param minStrongEvidence coverage plus similarity of the best-ranked sentence at which a concept or a counted word
 *     the articles don't state no longer refuses the question: the sentence says nearly all it asks
 * @param minKindEvidence similarity plus coverage that answers a question asking for a kind of fact (a figure, a
 *     date, a person, a name) when a candidate states that kind: the kind found is evidence too
 */
public record RetrievalConfig(
        int lexicalTopK, int denseTopK, int rrfK, double minCoverage, double minSimilarity, double minEvidence, double minConceptSupport,
        double minRelevance, double minStrongEvidence, double minKindEvidence) {

    public RetrievalConfig {
        ConfigChecks.positive("retrieval.lexical-top-k", lexicalTopK);
        ConfigChecks.positive("retrieval.dense-top-k", denseTopK);
        ConfigChecks.positive("retrieval.rrf-k", rrfK);
        ConfigChecks.fraction("retrieval.min-coverage", minCoverage);
        ConfigChecks.fraction("retrieval.min-similarity", minSimilarity);
        ConfigChecks.range("retrieval.min-evidence", minEvidence, 0, 2);
        ConfigChecks.fraction("retrieval.min-concept-support", minConceptSupport);
        ConfigChecks.range("retrieval.min-relevance", minRelevance, 0, 2);
        ConfigChecks.range("retrieval.min-strong-evidence", minStrongEvidence, 0, 2);
        ConfigChecks.range("retrieval.min-kind-evidence", minKindEvidence, 0, 2);
    }

    public static RetrievalConfig defaults() {
        return new RetrievalConfig(20, 20, 60, 1.0, 0.8, 0.45, 0.7, 0.3, 1.4, 0.35);
    }
}
