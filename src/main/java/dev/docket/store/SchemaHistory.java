package dev.docket.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Reads Flyway's history table to tell whether a store already holds every migration this build ships. Opening
 * such a store skips Flyway, whose start (its classes and a scan of the jar for migrations) was the largest part
 * of a command's start with existing data. Any other answer (no table, a failed or newer migration, a version
 * this reader does not understand) leaves the decision to Flyway.
 */
final class SchemaHistory {

    /** The newest migration under {@code db/}; {@code SchemaHistoryTest} checks it against the files. */
    static final int NEWEST_VERSION = 5;

    private SchemaHistory() {}

    static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            int newest = -1;
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return false;
                }
                String version = rows.getString(1);
                if (version != null) {
                    newest = Math.max(newest, Integer.parseInt(version));
                }
            }
            return newest == NEWEST_VERSION;
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }
}
