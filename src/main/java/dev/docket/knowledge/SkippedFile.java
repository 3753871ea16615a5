package dev.docket.knowledge;

/** A file that was not ingested, with a reason an admin can act on. */
public record SkippedFile(String source, String reason) {}
