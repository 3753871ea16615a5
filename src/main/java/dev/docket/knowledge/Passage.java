package dev.docket.knowledge;

import java.util.List;

/**
 * A run of whole sentences of one paragraph, the unit that is indexed and embedded. Offsets are character
 * offsets into the document text, so {@code text} is exact text of the file.
 */
public record Passage(int ordinal, int start, int end, String text, List<Sentence> sentences) {

    public Passage {
        sentences = List.copyOf(sentences);
    }
}
