package dev.docket.knowledge;

/** A knowledge file cannot be used; the message says why, for the reload report. */
final class UnreadableFileException extends Exception {

    UnreadableFileException(String reason) {
        super(reason);
    }

    UnreadableFileException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
