package dev.docket.retrieval;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Embeddings of the concept lexicon's concepts (their English names), to tell how close a concept a question asks
 * about is to the concepts a passage states: "trip" is close to "flight", "age" is close to nothing an article about
 * a lawsuit says. Concepts come from the lexicon, a fixed list, so the cache is bounded by its size.
 */
public final class ConceptVectors {

    private final QuestionEmbedder embedder;
    private final Map<String, float[]> conceptToVector = new ConcurrentHashMap<>();

    public ConceptVectors(QuestionEmbedder embedder) {
        this.embedder = embedder;
    }

    /** The highest similarity of {@code concept} ("~trip") to any of {@code others}; 0 when there are none. */
    double support(String concept, Collection<String> others) {
        float[] vector = vector(concept);
        double best = 0;
        for (String other : others) {
            best = Math.max(best, UnitVector.dot(vector, vector(other)));
        }
        return best;
    }

    private float[] vector(String concept) {
        return conceptToVector.computeIfAbsent(concept, key -> embedder.embed(key.substring(1)));
    }
}
