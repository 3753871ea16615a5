package dev.docket.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The {@code knowledge_version} row: read, raised inside a reload's transaction, and announced to the other
 * processes on a PostgreSQL store (a {@code NOTIFY} is delivered at commit, and never for a rolled-back reload).
 */
final class KnowledgeVersions {

    /** The PostgreSQL notification channel a new knowledge version is announced on. */
    static final String CHANNEL = "docket_knowledge_version";

    private KnowledgeVersions() {}

    static long current(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT version FROM knowledge_version WHERE id = 1");
                ResultSet result = select.executeQuery()) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    static long next(Connection connection, OffsetDateTime now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE knowledge_version SET version = version + 1, written_at = ? WHERE id = 1")) {
            update.setObject(1, now);
            update.executeUpdate();
        }
        return current(connection);
    }

    static void announce(Connection connection, Dialect dialect, long version) throws SQLException {
        if (dialect != Dialect.POSTGRESQL) {
            return;
        }
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, Long.toString(version));
            notify.execute();
        }
    }
}
