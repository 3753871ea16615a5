package dev.docket.retrieval;

import dev.docket.knowledge.Passage;
import dev.docket.knowledge.SourceDocument;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A passage in the live index, with its document, its unit-length embedding (and that of its English gloss, for a
 * passage the model can't read as it is; else null), its analysed sentences and the union of their shared terms
 * (computed once at index build, used by every question's ranking).
 */
public record IndexedPassage(
        SourceDocument document, Passage passage, CompactVector embedding, CompactVector glossEmbedding,
        List<IndexedSentence> sentences, Set<String> sharedTerms) {

    public IndexedPassage {
        sentences = List.copyOf(sentences);
        sharedTerms = Set.copyOf(sharedTerms);
    }

    IndexedPassage(SourceDocument document, Passage passage, CompactVector embedding, CompactVector glossEmbedding,
            List<IndexedSentence> sentences) {
        this(document, passage, embedding, glossEmbedding, sentences, sentences.stream()
                .flatMap(sentence -> sentence.sharedTerms().stream())
                .collect(Collectors.toSet()));
    }

    /** The passage's unit-length embedding, decoded (a new array each call). */
    public float[] vector() {
        return embedding.toFloats();
    }

    /** The unit-length embedding of its English gloss, decoded, or null when it has none. */
    public float[] glossVector() {
        return glossEmbedding == null ? null : glossEmbedding.toFloats();
    }
}
