package dev.docket.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for the announcement of a new knowledge version: PostgreSQL's {@code LISTEN} on a connection of its own.
 * On H2, or while the server cannot be reached, it simply waits out the timeout, so the caller's polling of the
 * version row is the fallback. Used by one thread.
 */
public final class VersionSignals implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VersionSignals.class);

    private final Database database;
    private Connection listening;

    public VersionSignals(Database database) {
        this.database = database;
    }

    /**
     * Returns when a version was announced or {@code timeout} passed, whichever comes first.
     *
     * @return true when a version was announced
     */
    public boolean await(Duration timeout) throws InterruptedException {
        if (database.dialect() != Dialect.POSTGRESQL) {
            Thread.sleep(timeout.toMillis());
            return false;
        }
        try {
            PGNotification[] notifications =
                    listener().unwrap(PGConnection.class).getNotifications((int) Math.max(1, timeout.toMillis()));
            return notifications != null && notifications.length > 0;
        } catch (SQLException e) {
            log.debug("no notifications from {} ({}); polling the version row until it is back",
                    database.location().displayUrl(), e.getMessage());
            close();
            Thread.sleep(timeout.toMillis());
            return false;
        }
    }

    private Connection listener() throws SQLException {
        if (listening == null) {
            Connection connection = database.dedicatedConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + KnowledgeVersions.CHANNEL);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
            listening = connection;
        }
        return listening;
    }

    @Override
    public void close() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException e) {
                log.debug("the notification connection did not close cleanly: {}", e.getMessage());
            }
            listening = null;
        }
    }
}
