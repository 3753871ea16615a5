package dev.docket.ingest;

/**
 * A reload that did not replace the knowledge: the previous knowledge is still served, and the message says what
 * failed or why the reload was refused, and what to do.
 */
public final class ReloadFailedException extends RuntimeException {

    ReloadFailedException(String message) {
        super(message);
    }

    ReloadFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
