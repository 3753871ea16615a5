package dev.docket.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Serializes reloads across the processes sharing a store. On PostgreSQL it is a session advisory lock held on a
 * connection of its own for the whole reload: if the process dies (even by {@code kill -9}) the server ends the
 * session and the lock is free again. On H2 one process holds the file, so the lock is held at once.
 */
public final class ReloadLock {

    /** The advisory lock's key: any fixed number no other program on the database uses. */
    private static final long KEY = 0x646f636b6574L;

    private final Database database;
    private final Clock clock;

    public ReloadLock(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The lock, held until {@link Held#close()}. */
    public interface Held extends AutoCloseable {

        /** Milliseconds spent waiting for a reload in another process; 0 when the lock was free. */
        long waitedMillis();

        @Override
        void close();
    }

    /** Takes the lock, waiting for another process's reload to end first. */
    public Held acquire() {
        if (database.dialect() != Dialect.POSTGRESQL) {
            return new Free();
        }
        long started = clock.millis();
        Connection connection;
        try {
            connection = database.dedicatedConnection();
        } catch (SQLException e) {
            throw database.failure("lock", e);
        }
        try {
            if (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
                call(connection, "SELECT pg_advisory_lock(?)");
                return new Advisory(connection, Math.max(1, clock.millis() - started));
            }
            return new Advisory(connection, 0);
        } catch (SQLException e) {
            close(connection);
            throw database.failure("lock", e);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && !Boolean.FALSE.equals(result.getObject(1));
            }
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // The session ends with the connection, and the server frees the lock with it.
        }
    }

    private record Free() implements Held {
        @Override
        public long waitedMillis() {
            return 0;
        }

        @Override
        public void close() {}
    }

    private record Advisory(Connection connection, long waitedMillis) implements Held {
        @Override
        public void close() {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, KEY);
                unlock.execute();
            } catch (SQLException e) {
                // A lost connection has already freed the lock on the server.
            } finally {
                ReloadLock.close(connection);
            }
        }
    }
}
