/**
 * Ingestion: a knowledge folder to a new knowledge version. Scans and reads the files (through
 * {@code knowledge}), embeds passages and sentences with the embedding cache, writes the version to the store in
 * one transaction and swaps the finished snapshot into retrieval. Entry point:
 * {@link dev.docket.ingest.KnowledgeReloader}.
 */
package dev.docket.ingest;
