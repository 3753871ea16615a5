/**
 * What the {@code bench} command runs: measures Docket at several knowledge sizes (a seeded synthetic corpus built from the
 * knowledge folder) beside a plain LangChain4j Easy RAG baseline. Entry point: {@link dev.docket.bench.Benchmark}.
 */
package dev.docket.bench;
