package dev.docket.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Embedding vectors keyed by a hash of model and text, so nothing is embedded twice across restarts. */
public final class EmbeddingCache {

    private static final int LOOKUP_BATCH = 500;

    private final Database database;
    private final Clock clock;

    public EmbeddingCache(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The cached vectors among {@code hashes}; missing ones are absent from the map. */
    public Map<String, float[]> find(Collection<String> hashes) {
        List<String> all = new ArrayList<>(hashes);
        Map<String, float[]> hashToVector = new HashMap<>();
        for (int from = 0; from < all.size(); from += LOOKUP_BATCH) {
            List<String> batch = all.subList(from, Math.min(all.size(), from + LOOKUP_BATCH));
            database.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT content_hash, vector FROM embeddings WHERE content_hash = ANY(?)")) {
                    select.setArray(1, connection.createArrayOf("VARCHAR", batch.toArray()));
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            hashToVector.put(result.getString(1), toVector(result.getBytes(2)));
                        }
                    }
                }
                return null;
            });
        }
        return hashToVector;
    }

    public void putAll(Map<String, float[]> hashToVector, String model) {
        database.transaction(connection -> {
            // Standard MERGE, which H2 and PostgreSQL both run: a vector cached meanwhile by another process wins.
            try (PreparedStatement merge = connection.prepareStatement("MERGE INTO embeddings e USING (VALUES"
                    + " (CAST(? AS CHAR(64)))) AS s (content_hash) ON e.content_hash = s.content_hash"
                    + " WHEN NOT MATCHED THEN INSERT (content_hash, model, vector, created_at)"
                    + " VALUES (s.content_hash, ?, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now(clock);
                for (Map.Entry<String, float[]> entry : hashToVector.entrySet()) {
                    merge.setString(1, entry.getKey());
                    merge.setString(2, model);
                    merge.setBytes(3, toBytes(entry.getValue()));
                    merge.setObject(4, now);
                    merge.addBatch();
                }
                merge.executeBatch();
            }
            return null;
        });
    }

    private static byte[] toBytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    private static float[] toVector(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
