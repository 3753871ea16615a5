/**
 * Retrieval: Lucene BM25 per language plus a language-neutral field, embeddings, reciprocal rank fusion and the
 * answerability decision. Entry points: {@link dev.docket.retrieval.Retriever} for questions and
 * {@link dev.docket.retrieval.KnowledgeReloader} for (re)ingestion.
 */
package dev.docket.retrieval;
