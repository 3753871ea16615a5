package dev.docket.store;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The store: the H2 file under the data folder (default, one process) or a PostgreSQL database several processes
 * share. Opening it runs the Flyway migrations of its {@link Dialect}; work is done through {@link #read},
 * {@link #snapshot} and {@link #transaction}, which turn {@link SQLException} into {@link DatabaseException}. No
 * message or log line names the password.
 */
public final class Database implements AutoCloseable {

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Connections to PostgreSQL per process: reloads, figures and the question log, never the answer path. */
    private static final int POOL_SIZE = 8;

    private final DataSource dataSource;
    private final AutoCloseable pool;
    private final Dialect dialect;
    private final StoreLocation location;

    private Database(DataSource dataSource, AutoCloseable pool, Dialect dialect, StoreLocation location) {
        this.dataSource = dataSource;
        this.pool = pool;
        this.dialect = dialect;
        this.location = location;
    }

    /** Opens (creating if needed) {@code <folder>/docket.mv.db} and migrates it to the current schema. */
    public static Database open(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseException("data folder " + folder + " cannot be created (" + e.getMessage()
                    + "); choose another with --data or DOCKET_DATA", e);
        }
        // WRITE_DELAY=0: a commit reaches the file before it returns, so a reload reported done survives kill -9.
        // CACHE_SIZE (KB): 4 MB instead of H2's 16; the knowledge is read once per version into the index, so a
        // larger page cache only held copies of it on the heap.
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("docket") + ";DB_CLOSE_ON_EXIT=FALSE"
                + ";WRITE_DELAY=0;CACHE_SIZE=4096";
        return openH2(new StoreLocation(url, "docket", ""), folder.resolve("docket.mv.db").toString());
    }

    /**
     * Opens the store at {@code location}: a PostgreSQL server, or an H2 URL. An unreachable server is a
     * {@link DatabaseException} naming the URL without its password.
     */
    public static Database open(StoreLocation location) {
        if (!location.isPostgresql()) {
            return openH2(location, location.displayUrl());
        }
        HikariDataSource pool;
        try {
            pool = PostgresConnections.pool(location, POOL_SIZE);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            throw new DatabaseException("the PostgreSQL store at " + location.displayUrl() + " cannot be reached ("
                    + rootMessage(e) + "); start it or fix store.url (DOCKET_STORE_URL), store.user and the"
                    + " password variable named by store.password-env", e);
        }
        migrate(pool, pool, Dialect.POSTGRESQL, location.displayUrl());
        return new Database(pool, pool, Dialect.POSTGRESQL, location);
    }

    private static Database openH2(StoreLocation location, String shownAs) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(location.url(), location.user(), location.password());
        migrate(pool, pool::dispose, Dialect.H2, shownAs);
        return new Database(pool, pool::dispose, Dialect.H2, location);
    }

    private static void migrate(DataSource dataSource, AutoCloseable pool, Dialect dialect, String shownAs) {
        if (SchemaHistory.isCurrent(dataSource)) {
            return;
        }
        try {
            Flyway.configure().dataSource(dataSource).locations(dialect.migrationLocations()).load().migrate();
        } catch (FlywayException | IllegalStateException e) {
            closeQuietly(pool);
            String cause = rootMessage(e);
            if (cause.contains("file is locked")) {
                throw new DatabaseException(shownAs + " is in use by another Docket process (the file is locked);"
                        + " stop that one, or give this one another --data folder, or share a PostgreSQL store"
                        + " (store.url) between processes", e);
            }
            if (dialect == Dialect.POSTGRESQL) {
                throw new DatabaseException("the PostgreSQL store at " + shownAs + " cannot be used as a Docket"
                        + " database (" + reason(cause) + "); give Docket a database of its own in store.url", e);
            }
            throw new DatabaseException(shownAs + " cannot be opened as a Docket database (" + reason(cause)
                    + "). If another Docket process is using it, stop that one or use another --data folder; "
                    + "if it is damaged or foreign, move it away and run 'reload' to rebuild it", e);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Where the store is; its {@code toString} hides the password. */
    public StoreLocation location() {
        return location;
    }

    public <T> T read(Work<T> work) {
        return retryingDeadConnections("read", () -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        });
    }

    /** Runs {@code work} in one read-only transaction that sees one committed state, even across statements. */
    public <T> T snapshot(Work<T> work) {
        return retryingDeadConnections("read", () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                T result;
                try {
                    result = work.run(connection);
                } catch (SQLException | RuntimeException e) {
                    endQuietly(connection, e);
                    throw e;
                }
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
                return result;
            }
        });
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T transaction(Work<T> work) {
        return retryingDeadConnections("write", () -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                T result;
                try {
                    result = work.run(connection);
                } catch (SQLException | RuntimeException e) {
                    endQuietly(connection, e);
                    throw e;
                }
                try {
                    connection.commit();
                } catch (SQLException e) {
                    throw new CommitFailed(e);
                }
                connection.setAutoCommit(true);
                return result;
            }
        });
    }

    /** Work that opens its own connection. */
    @FunctionalInterface
    private interface Attempt<T> {
        T run() throws SQLException;
    }

    /** A commit that failed: whether it reached the database is unknown, so it is never tried again. */
    private static final class CommitFailed extends SQLException {
        CommitFailed(SQLException cause) {
            super(cause.getMessage(), cause.getSQLState(), cause);
        }
    }

    /**
     * Runs {@code attempt}; when a pooled connection turns out to be dead (the server restarted since it was
     * opened) before anything was committed, tries again on the next one, as many times as the pool has
     * connections: the pool drops each dead one as it fails. A pool that cannot open a connection at all ends it.
     */
    private <T> T retryingDeadConnections(String what, Attempt<T> attempt) {
        SQLException failure = null;
        for (int tries = 0; tries <= POOL_SIZE; tries++) {
            try {
                return attempt.run();
            } catch (SQLException e) {
                failure = e;
                if (e instanceof CommitFailed || e instanceof SQLTransientConnectionException
                        || !ConnectionLoss.in(e)) {
                    break;
                }
            }
        }
        throw failure(what, failure instanceof CommitFailed && failure.getCause() instanceof SQLException cause
                ? cause : failure);
    }

    /** Rolls back after {@code failure}; if the connection is gone too, the first failure is the one that counts. */
    private static void endQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * A connection outside the pool, for work that holds one for long and whose session state must end with it
     * (a lock, a listener); the caller closes it.
     */
    Connection dedicatedConnection() throws SQLException {
        if (dialect != Dialect.POSTGRESQL) {
            return dataSource.getConnection();
        }
        return PostgresConnections.dedicated(location);
    }

    @Override
    public void close() {
        closeQuietly(pool);
    }

    DatabaseException failure(String what, SQLException e) {
        if (ConnectionLoss.in(e)) {
            return new DatabaseException("the database at " + location.displayUrl() + " cannot be reached ("
                    + e.getMessage() + ")", e, true);
        }
        return new DatabaseException("database " + what + " failed" + ("write".equals(what) ? " and was rolled back"
                : "") + ": " + e.getMessage(), e);
    }

    private static void closeQuietly(AutoCloseable pool) {
        try {
            pool.close();
        } catch (Exception e) {
            throw new DatabaseException("the database could not be closed cleanly: " + e.getMessage(), e);
        }
    }

    private static String reason(String message) {
        return message.contains("no schema history table")
                ? "it holds tables of another program, not a Docket database"
                : message;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
