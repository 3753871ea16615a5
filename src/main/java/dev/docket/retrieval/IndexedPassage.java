package dev.docket.retrieval;

import dev.docket.knowledge.Passage;
import dev.docket.knowledge.SourceDocument;
import java.util.List;

/** A passage in the live index, with its document, its unit-length embedding and its analysed sentences. */
public record IndexedPassage(SourceDocument document, Passage passage, float[] vector, List<IndexedSentence> sentences) {

    public IndexedPassage {
        sentences = List.copyOf(sentences);
    }
}
