package dev.docket.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline's embedding model with a file cache of segment vectors by text hash, so a repeated bench run does
 * not embed the baseline's corpus again. Only {@link #embedAll} (ingestion) is cached; it counts what it computed.
 * Each call returns fresh arrays, so the store holds its own vectors as it would without the cache.
 */
final class CachingEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel model;
    private final Path file;
    private final Map<String, float[]> hashToVector = new HashMap<>();
    private int computed;

    CachingEmbeddingModel(EmbeddingModel model, Path file) {
        this.model = model;
        this.file = file;
    }

    /** Reads the cache file, if there is one. */
    CachingEmbeddingModel load() {
        if (!Files.exists(file)) {
            return this;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                String hash;
                try {
                    hash = in.readUTF();
                } catch (EOFException end) {
                    return this;
                }
                float[] vector = new float[in.readInt()];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = in.readFloat();
                }
                hashToVector.put(hash, vector);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("baseline embedding cache " + file + " is unreadable; delete it", e);
        }
    }

    int computed() {
        return computed;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<String> hashes = segments.stream().map(segment -> hash(segment.text())).toList();
        Map<String, TextSegment> hashToMissing = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            if (!hashToVector.containsKey(hashes.get(i))) {
                hashToMissing.putIfAbsent(hashes.get(i), segments.get(i));
            }
        }
        List<TextSegment> missing = new ArrayList<>(hashToMissing.values());
        List<String> missingHashes = new ArrayList<>(hashToMissing.keySet());
        if (!missing.isEmpty()) {
            List<Embedding> embeddings = model.embedAll(missing).content();
            Map<String, float[]> fresh = new HashMap<>();
            for (int i = 0; i < missing.size(); i++) {
                fresh.put(missingHashes.get(i), embeddings.get(i).vector());
            }
            append(fresh);
            hashToVector.putAll(fresh);
            computed += missing.size();
        }
        return Response.from(hashes.stream().map(hash -> Embedding.from(hashToVector.get(hash).clone())).toList());
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    private void append(Map<String, float[]> fresh) {
        try {
            Files.createDirectories(file.getParent());
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(
                    file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
                for (Map.Entry<String, float[]> entry : fresh.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeInt(entry.getValue().length);
                    for (float value : entry.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("baseline embedding cache " + file + " could not be written", e);
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
