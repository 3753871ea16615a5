package dev.docket.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The H2 file database under the data folder. Opening it runs the Flyway migrations; work is done through
 * {@link #read} and {@link #transaction}, which turn {@link SQLException} into {@link DatabaseException}.
 */
public final class Database implements AutoCloseable {

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final JdbcConnectionPool pool;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /** Opens (creating if needed) {@code <folder>/docket.mv.db} and migrates it to the current schema. */
    public static Database open(Path folder) {
        Path file = folder.resolve("docket.mv.db");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseException("data folder " + folder + " cannot be created (" + e.getMessage()
                    + "); choose another with --data or DOCKET_DATA", e);
        }
        // WRITE_DELAY=0: a commit reaches the file before it returns, so a reload reported done survives kill -9.
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("docket") + ";DB_CLOSE_ON_EXIT=FALSE"
                + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "docket", "");
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException | IllegalStateException e) {
            pool.dispose();
            String cause = rootMessage(e);
            if (cause.contains("file is locked")) {
                throw new DatabaseException(file + " is in use by another Docket process (the file is locked);"
                        + " stop that one, or give this one another --data folder", e);
            }
            throw new DatabaseException(file + " cannot be opened as a Docket database (" + reason(cause)
                    + "). If another Docket process is using it, stop that one or use another --data folder; "
                    + "if it is damaged or foreign, move it away and run 'reload' to rebuild it", e);
        }
        return new Database(pool);
    }

    public <T> T read(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new DatabaseException("database read failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T transaction(Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException("database write failed and was rolled back: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
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
