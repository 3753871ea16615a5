package dev.docket.store;

/**
 * The two databases Docket runs on. SQL in this package is written once in the standard form both accept; the
 * few things that differ (a cross-process lock, notifications) ask the dialect.
 */
public enum Dialect {
    /** The embedded file database: one process holds the file, so nothing needs a cross-process lock. */
    H2("h2"),
    /** A server several processes share: advisory locks and LISTEN/NOTIFY. */
    POSTGRESQL("postgresql");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** The Flyway locations: the dialect's own first migrations, then the portable ones both run. */
    String[] migrationLocations() {
        return new String[] {"classpath:db/" + migrations, "classpath:db/migration"};
    }
}
