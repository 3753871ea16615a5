package dev.docket.store;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Tells a lost or unreachable database apart from a failed statement. */
final class ConnectionLoss {

    private ConnectionLoss() {}

    /**
     * True for SQL state class 08, a connection failure (a batch reports it on its next exception), and for a pool
     * that could not hand out a connection in time ({@link SQLTransientConnectionException}).
     */
    static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                if (sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                    return true;
                }
                SQLException next = sql.getNextException();
                if (next != null && next != sql && in(next)) {
                    return true;
                }
            }
        }
        return false;
    }
}
