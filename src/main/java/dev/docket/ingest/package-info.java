/**
 * Ingestion: a knowledge folder to a new knowledge version. Scans and reads the files (through
 * {@code knowledge}), embeds passages and sentences with the embedding cache, writes the version to the store in
 * one transaction and swaps the finished snapshot into retrieval. On a shared store,
 * {@link dev.docket.ingest.KnowledgeFollower} serves the versions other processes write. Entry point:
 * {@link dev.docket.ingest.KnowledgeReloader}.
 */
package dev.docket.ingest;
