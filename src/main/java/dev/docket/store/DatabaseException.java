package dev.docket.store;

/** A database operation failed; the message says which and what to do. */
public final class DatabaseException extends RuntimeException {

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
