package dev.docket.store;

/** A database operation failed; the message says which and what to do. */
public final class DatabaseException extends RuntimeException {

    private final boolean unreachable;

    public DatabaseException(String message, Throwable cause) {
        this(message, cause, false);
    }

    DatabaseException(String message, Throwable cause, boolean unreachable) {
        super(message, cause);
        this.unreachable = unreachable;
    }

    /** True when the database could not be reached at all (a server down or a network gone), not a bad query. */
    public boolean unreachable() {
        return unreachable;
    }
}
