/**
 * Retrieval: a finished knowledge snapshot ({@link dev.docket.retrieval.KnowledgeIndex}, held by
 * {@link dev.docket.retrieval.KnowledgeBase}) to ranked evidence: Lucene BM25 per language plus a language-neutral
 * field, embeddings, reciprocal rank fusion and the answerability decision. Entry point:
 * {@link dev.docket.retrieval.Retriever}; ingestion builds snapshots with
 * {@link dev.docket.retrieval.KnowledgeIndexBuilder}.
 */
package dev.docket.retrieval;
