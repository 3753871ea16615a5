package dev.docket.config;

/**
 * How knowledge files become passages.
 *
 * @param maxFileBytes files larger than this are skipped with a reason
 * @param passageChars a passage packs whole sentences up to about this many characters
 */
public record IngestConfig(long maxFileBytes, int passageChars) {

    public IngestConfig {
        ConfigChecks.positive("ingest.max-file-bytes", maxFileBytes);
        ConfigChecks.positive("ingest.passage-chars", passageChars);
    }

    public static IngestConfig defaults() {
        return new IngestConfig(5_000_000, 420);
    }
}
