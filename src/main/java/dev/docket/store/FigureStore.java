package dev.docket.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures table. {@link KnowledgeStore#replaceAll} writes figures with the documents in one transaction;
 * {@link #replaceAll} rewrites them alone when the extraction rules changed.
 */
public final class FigureStore {

    private final Database database;

    public FigureStore(Database database) {
        this.database = database;
    }

    /** Stored figures with the fingerprint of the rules that produced them, per document source. */
    public record Stored(List<FigureRow> rows, Map<String, String> sourceToFingerprint) {}

    public Stored loadAll() {
        return database.read(connection -> new Stored(rows(connection), fingerprints(connection)));
    }

    /** Replaces every stored figure with {@code rows}, in one transaction. */
    public void replaceAll(List<FigureRow> rows, String fingerprint) {
        database.transaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM figures");
                statement.executeUpdate("DELETE FROM figure_extractions");
            }
            insert(connection, documentIds(connection), rows, fingerprint);
            return null;
        });
    }

    static void insert(Connection connection, Map<String, Integer> sourceToId, List<FigureRow> rows,
            String fingerprint) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO figures (document_id,"
                + " passage_ordinal, sentence_start, sentence_end, start_offset, end_offset, kind, figure_value,"
                + " lower_bound, upper_bound, unit, qualifier, noun, attribution, date_value)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (FigureRow row : rows) {
                Integer documentId = sourceToId.get(row.source());
                if (documentId == null) {
                    throw new SQLException("figure of " + row.source() + " has no stored document");
                }
                insert.setInt(1, documentId);
                insert.setInt(2, row.passage());
                insert.setInt(3, row.sentenceStart());
                insert.setInt(4, row.sentenceEnd());
                insert.setInt(5, row.start());
                insert.setInt(6, row.end());
                insert.setString(7, row.kind());
                setDouble(insert, 8, row.value());
                setDouble(insert, 9, row.lower());
                setDouble(insert, 10, row.upper());
                insert.setString(11, row.unit());
                insert.setString(12, row.qualifier());
                insert.setString(13, row.noun());
                insert.setString(14, row.attribution());
                insert.setString(15, row.date());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "MERGE INTO figure_extractions f USING (VALUES (CAST(? AS INT), CAST(? AS CHAR(64))))"
                        + " AS s (document_id, fingerprint) ON f.document_id = s.document_id"
                        + " WHEN MATCHED THEN UPDATE SET fingerprint = s.fingerprint"
                        + " WHEN NOT MATCHED THEN INSERT (document_id, fingerprint)"
                        + " VALUES (s.document_id, s.fingerprint)")) {
            for (int documentId : sourceToId.values()) {
                mark.setInt(1, documentId);
                mark.setString(2, fingerprint);
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }

    private static Map<String, Integer> documentIds(Connection connection) throws SQLException {
        Map<String, Integer> sourceToId = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, source FROM documents");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                sourceToId.put(result.getString(2), result.getInt(1));
            }
        }
        return sourceToId;
    }

    private static List<FigureRow> rows(Connection connection) throws SQLException {
        List<FigureRow> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT d.source, f.passage_ordinal,"
                        + " f.sentence_start, f.sentence_end, f.start_offset, f.end_offset, f.kind, f.figure_value,"
                        + " f.lower_bound, f.upper_bound, f.unit, f.qualifier, f.noun, f.attribution, f.date_value"
                        + " FROM figures f JOIN documents d ON d.id = f.document_id ORDER BY d.source, f.start_offset,"
                        + " f.id");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new FigureRow(result.getString(1), result.getInt(2), result.getInt(3), result.getInt(4),
                        result.getInt(5), result.getInt(6), result.getString(7), nullableDouble(result, 8),
                        nullableDouble(result, 9), nullableDouble(result, 10), result.getString(11),
                        result.getString(12), result.getString(13), result.getString(14), result.getString(15)));
            }
        }
        return rows;
    }

    private static Double nullableDouble(ResultSet result, int column) throws SQLException {
        double value = result.getDouble(column);
        return result.wasNull() ? null : value;
    }

    private static Map<String, String> fingerprints(Connection connection) throws SQLException {
        Map<String, String> sourceToFingerprint = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT d.source, e.fingerprint FROM"
                        + " figure_extractions e JOIN documents d ON d.id = e.document_id");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                sourceToFingerprint.put(result.getString(1), result.getString(2));
            }
        }
        return sourceToFingerprint;
    }
}
