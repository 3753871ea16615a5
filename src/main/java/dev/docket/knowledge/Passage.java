package dev.docket.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * A run of whole sentences of one paragraph, the unit that is indexed and embedded. Offsets are character
 * offsets into the document text, so {@link #text()} is exact text of the file.
 *
 * <p>A passage made with {@link #in} holds its document's text and cuts its own from it when asked, so a
 * knowledge snapshot holds the text of a document once, not again in every passage (a fifth of the knowledge
 * heap at a thousand times the shipped articles). Equal passages have equal ordinals, offsets, texts and
 * sentences, however they hold their text.
 */
public final class Passage {

    private final int ordinal;
    private final int start;
    private final int end;
    private final String holder;
    private final int from;
    private final List<Sentence> sentences;

    /** A passage that holds {@code text}, its own text, itself. */
    public Passage(int ordinal, int start, int end, String text, List<Sentence> sentences) {
        this(ordinal, start, end, text, DocumentSlice.OWN_TEXT, sentences);
    }

    private Passage(int ordinal, int start, int end, String holder, int from, List<Sentence> sentences) {
        this.ordinal = ordinal;
        this.start = start;
        this.end = end;
        this.holder = Objects.requireNonNull(holder);
        this.from = from;
        this.sentences = List.copyOf(sentences);
    }

    /** The passage of {@code documentText} from {@code start} to {@code end}, sharing that text. */
    public static Passage in(String documentText, int ordinal, int start, int end, List<Sentence> sentences) {
        DocumentSlice.checkInside(documentText, start, end, "passage");
        return new Passage(ordinal, start, end, documentText, start, sentences);
    }

    public int ordinal() {
        return ordinal;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The passage's text, exact text of the file (cut from the document text when that is what it holds). */
    public String text() {
        return DocumentSlice.text(holder, from, end - start);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Passage passage && ordinal == passage.ordinal && start == passage.start
                && end == passage.end && text().equals(passage.text()) && sentences.equals(passage.sentences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ordinal, start, end, text(), sentences);
    }

    @Override
    public String toString() {
        return "Passage[ordinal=" + ordinal + ", start=" + start + ", end=" + end + ", text=" + text()
                + ", sentences=" + sentences + "]";
    }
}
