package dev.docket.retrieval;

import dev.docket.knowledge.Passage;
import dev.docket.knowledge.SourceDocument;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A passage in the live index, with its document, its unit-length embedding, its analysed sentences and the union
 * of their shared terms (computed once at index build, used by every question's ranking).
 */
public record IndexedPassage(
        SourceDocument document, Passage passage, CompactVector embedding, List<IndexedSentence> sentences,
        Set<String> sharedTerms) {

    public IndexedPassage {
        sentences = List.copyOf(sentences);
        sharedTerms = Set.copyOf(sharedTerms);
    }

    IndexedPassage(
            SourceDocument document, Passage passage, CompactVector embedding, List<IndexedSentence> sentences) {
        this(document, passage, embedding, sentences, sentences.stream()
                .flatMap(sentence -> sentence.sharedTerms().stream())
                .collect(Collectors.toSet()));
    }

    /** The passage's unit-length embedding, decoded (a new array each call). */
    public float[] vector() {
        return embedding.toFloats();
    }
}
