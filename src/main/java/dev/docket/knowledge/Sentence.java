package dev.docket.knowledge;

import java.util.Objects;

/**
 * A sentence of a document; {@link #text()} is exactly {@code document.text().substring(start, end)}.
 *
 * <p>A sentence made with {@link #in} holds its document's text and cuts its own from it when asked, as
 * {@link Passage} does, so a knowledge snapshot holds each document's text once. Equal sentences have equal
 * offsets and texts, however they hold their text.
 */
public final class Sentence {

    private final int start;
    private final int end;
    private final String holder;
    private final int from;

    /** A sentence that holds {@code text}, its own text, itself. */
    public Sentence(int start, int end, String text) {
        this(start, end, text, DocumentSlice.OWN_TEXT);
    }

    private Sentence(int start, int end, String holder, int from) {
        this.start = start;
        this.end = end;
        this.holder = Objects.requireNonNull(holder);
        this.from = from;
    }

    /** The sentence of {@code documentText} from {@code start} to {@code end}, sharing that text. */
    public static Sentence in(String documentText, int start, int end) {
        DocumentSlice.checkInside(documentText, start, end, "sentence");
        return new Sentence(start, end, documentText, start);
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The sentence's text (cut from the document text when that is what it holds). */
    public String text() {
        return DocumentSlice.text(holder, from, end - start);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sentence sentence && start == sentence.start && end == sentence.end
                && text().equals(sentence.text());
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, text());
    }

    @Override
    public String toString() {
        return "Sentence[start=" + start + ", end=" + end + ", text=" + text() + "]";
    }
}
