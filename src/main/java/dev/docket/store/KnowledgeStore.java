package dev.docket.store;

import dev.docket.knowledge.FileStamp;
import dev.docket.knowledge.KnownFile;
import dev.docket.knowledge.Passage;
import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ingested documents with their passages and sentences. */
public final class KnowledgeStore {

    private final Database database;
    private final Clock clock;
    private final DerivedFigures derivedFigures;

    public KnowledgeStore(Database database, Clock clock) {
        this(database, clock, DerivedFigures.NONE);
    }

    /** A store that also writes the figures {@code derivedFigures} computes, with the documents. */
    public KnowledgeStore(Database database, Clock clock, DerivedFigures derivedFigures) {
        this.database = database;
        this.clock = clock;
        this.derivedFigures = derivedFigures;
    }

    /**
     * Replaces the stored knowledge (and the figures derived from it) with {@code documents} in one transaction,
     * as the next knowledge version; other processes on the same store are told at commit.
     *
     * @return the number of the version written
     */
    public long replaceAll(List<SourceDocument> documents) {
        return replaceAll(documents, Map.of());
    }

    /**
     * As {@link #replaceAll(List)}, remembering each document's file stamp from {@code sourceToStamp} (a document
     * without one is read again by the next reload).
     */
    public long replaceAll(List<SourceDocument> documents, Map<String, FileStamp> sourceToStamp) {
        List<FigureRow> figures = derivedFigures.rowsFor(documents);
        return database.transaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM documents");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            Map<String, Integer> sourceToId = new LinkedHashMap<>();
            for (SourceDocument document : documents) {
                int id = insertDocument(connection, document, sourceToStamp.get(document.source()), now);
                insertPassages(connection, id, document.passages());
                sourceToId.put(document.source(), id);
            }
            FigureStore.insert(connection, sourceToId, figures, derivedFigures.fingerprint());
            long version = KnowledgeVersions.next(connection, now);
            KnowledgeVersions.announce(connection, database.dialect(), version);
            return version;
        });
    }

    /** The number of the stored knowledge version; it grows by one with every reload that changed the knowledge. */
    public long version() {
        return database.read(KnowledgeVersions::current);
    }

    /** The stored documents with their version number, read from one committed state. */
    public StoredKnowledge loadVersion() {
        return database.snapshot(connection ->
                new StoredKnowledge(KnowledgeVersions.current(connection), documents(connection)));
    }

    /** Every stored document, ordered by source, with passages and sentences rebuilt from their offsets. */
    public List<SourceDocument> loadAll() {
        return database.snapshot(KnowledgeStore::documents);
    }

    private static List<SourceDocument> documents(Connection connection) throws SQLException {
        Map<Integer, DocumentRow> rows = documentRows(connection);
        Map<Integer, Map<Integer, List<Sentence>>> sentences = sentences(connection, rows);
        List<SourceDocument> documents = new ArrayList<>();
        for (Map.Entry<Integer, DocumentRow> entry : rows.entrySet()) {
            documents.add(entry.getValue().toDocument(passages(connection, entry.getKey(),
                    entry.getValue().text(), sentences.getOrDefault(entry.getKey(), Map.of()))));
        }
        return documents;
    }

    /**
     * Sets the file stamps of stored documents (a reload that read files again but found the same contents); the
     * knowledge version stays, since the knowledge did not change.
     */
    public void rememberStamps(Map<String, FileStamp> sourceToStamp) {
        database.transaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE documents SET file_size = ?, file_modified = ? WHERE source = ?")) {
                for (Map.Entry<String, FileStamp> entry : sourceToStamp.entrySet()) {
                    update.setLong(1, entry.getValue().size());
                    update.setLong(2, entry.getValue().modifiedMillis());
                    update.setString(3, entry.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /** The stored documents' sources, content hashes and file stamps, without their text. */
    public List<KnownFile> knownFiles() {
        return database.read(connection -> {
            List<KnownFile> files = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT source, content_hash, file_size, file_modified FROM documents ORDER BY source");
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long size = result.getLong(3);
                    FileStamp stamp = result.wasNull() ? null : new FileStamp(size, result.getLong(4));
                    files.add(new KnownFile(result.getString(1), result.getString(2), stamp));
                }
            }
            return files;
        });
    }

    private static int insertDocument(
            Connection connection, SourceDocument document, FileStamp stamp, OffsetDateTime now) throws SQLException {
        String sql = "INSERT INTO documents (source, title, outlet, language, published, url, content_hash, text,"
                + " ingested_at, file_size, file_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, document.source());
            insert.setString(2, document.title());
            insert.setString(3, document.outlet());
            insert.setString(4, document.language());
            insert.setString(5, document.date());
            insert.setString(6, document.url());
            insert.setString(7, document.contentHash());
            insert.setString(8, document.text());
            insert.setObject(9, now);
            insert.setObject(10, stamp == null ? null : stamp.size(), Types.BIGINT);
            insert.setObject(11, stamp == null ? null : stamp.modifiedMillis(), Types.BIGINT);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    private static void insertPassages(Connection connection, int documentId, List<Passage> passages)
            throws SQLException {
        try (PreparedStatement passage = connection.prepareStatement(
                        "INSERT INTO passages (document_id, ordinal, start_offset, end_offset) VALUES (?, ?, ?, ?)");
                PreparedStatement sentence = connection.prepareStatement("INSERT INTO sentences (document_id,"
                        + " passage_ordinal, ordinal, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)")) {
            for (Passage p : passages) {
                passage.setInt(1, documentId);
                passage.setInt(2, p.ordinal());
                passage.setInt(3, p.start());
                passage.setInt(4, p.end());
                passage.addBatch();
                for (int i = 0; i < p.sentences().size(); i++) {
                    sentence.setInt(1, documentId);
                    sentence.setInt(2, p.ordinal());
                    sentence.setInt(3, i);
                    sentence.setInt(4, p.sentences().get(i).start());
                    sentence.setInt(5, p.sentences().get(i).end());
                    sentence.addBatch();
                }
            }
            passage.executeBatch();
            sentence.executeBatch();
        }
    }

    private record DocumentRow(
            String source, String title, String outlet, String language, String date, String url, String hash,
            String text) {

        SourceDocument toDocument(List<Passage> passages) {
            return new SourceDocument(source, title, outlet, language, date, url, text, hash, passages);
        }
    }

    private static Map<Integer, DocumentRow> documentRows(Connection connection) throws SQLException {
        Map<Integer, DocumentRow> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, source, title, outlet, language,"
                        + " published, url, content_hash, text FROM documents ORDER BY source");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.put(result.getInt(1), new DocumentRow(result.getString(2), result.getString(3),
                        result.getString(4), result.getString(5), result.getString(6), result.getString(7),
                        result.getString(8), result.getString(9)));
            }
        }
        return rows;
    }

    private static Map<Integer, Map<Integer, List<Sentence>>> sentences(
            Connection connection, Map<Integer, DocumentRow> rows) throws SQLException {
        Map<Integer, Map<Integer, List<Sentence>>> documentToPassageToSentences = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT document_id, passage_ordinal,"
                        + " start_offset, end_offset FROM sentences ORDER BY document_id, passage_ordinal, ordinal");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                String text = rows.get(result.getInt(1)).text();
                int start = result.getInt(3);
                int end = result.getInt(4);
                documentToPassageToSentences
                        .computeIfAbsent(result.getInt(1), id -> new LinkedHashMap<>())
                        .computeIfAbsent(result.getInt(2), ordinal -> new ArrayList<>())
                        .add(Sentence.in(text, start, end));
            }
        }
        return documentToPassageToSentences;
    }

    private static List<Passage> passages(
            Connection connection, int documentId, String text, Map<Integer, List<Sentence>> ordinalToSentences)
            throws SQLException {
        List<Passage> passages = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ordinal, start_offset, end_offset"
                + " FROM passages WHERE document_id = ? ORDER BY ordinal")) {
            select.setInt(1, documentId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    int ordinal = result.getInt(1);
                    int start = result.getInt(2);
                    int end = result.getInt(3);
                    passages.add(Passage.in(text, ordinal, start, end,
                            ordinalToSentences.getOrDefault(ordinal, List.of())));
                }
            }
        }
        return passages;
    }
}
