package dev.docket.ingest;

import dev.docket.retrieval.UnitVector;
import dev.docket.store.EmbeddingCache;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Embeds passages through the in-process model, reusing vectors cached by a hash of model name and text, so
 * unchanged passages are never embedded again. Vectors are scaled to unit length
 * ({@link UnitVector}), as questions are.
 */
public final class PassageEmbedder {

    private static final int BATCH = 64;

    private final EmbeddingModel model;
    private final String modelName;
    private final EmbeddingCache cache;

    public PassageEmbedder(EmbeddingModel model, String modelName, EmbeddingCache cache) {
        this.model = model;
        this.modelName = modelName;
        this.cache = cache;
    }

    /** Vectors for {@code texts}, in order, and how many had to be computed. */
    public record Embedded(List<float[]> vectors, int computed) {}

    public Embedded embedAll(List<String> texts) {
        Map<String, String> hashToText = new LinkedHashMap<>();
        List<String> hashes = new ArrayList<>(texts.size());
        for (String text : texts) {
            String hash = hash(text);
            hashes.add(hash);
            hashToText.putIfAbsent(hash, text);
        }
        Map<String, float[]> hashToVector = new LinkedHashMap<>(cache.find(hashToText.keySet()));
        List<String> missing = hashToText.keySet().stream().filter(h -> !hashToVector.containsKey(h)).toList();
        for (int from = 0; from < missing.size(); from += BATCH) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
            List<TextSegment> segments = batch.stream().map(h -> TextSegment.from(hashToText.get(h))).toList();
            var embeddings = model.embedAll(segments).content();
            Map<String, float[]> computed = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                computed.put(batch.get(i), UnitVector.of(embeddings.get(i).vector()));
            }
            cache.putAll(computed, modelName);
            hashToVector.putAll(computed);
        }
        return new Embedded(hashes.stream().map(hashToVector::get).toList(), missing.size());
    }

    private String hash(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(modelName.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
