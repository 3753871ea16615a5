/**
 * The store: the H2 file (one process, the default) or a PostgreSQL database several processes share, through
 * plain JDBC and Flyway; the only package that touches SQL. SQL is written once in the standard form both run;
 * migrations are portable from V3 on ({@code db/migration}), the first two exist per dialect ({@code db/h2},
 * {@code db/postgresql}). Across processes: {@link dev.docket.store.ReloadLock} (an advisory lock) serializes
 * reloads and {@link dev.docket.store.VersionSignals} ({@code LISTEN/NOTIFY}) announces each new knowledge version.
 * Entry point: {@link dev.docket.store.Database}.
 */
package dev.docket.store;
