package dev.docket.knowledge;

/** A sentence of a document; {@code text} is exactly {@code document.text().substring(start, end)}. */
public record Sentence(int start, int end, String text) {}
