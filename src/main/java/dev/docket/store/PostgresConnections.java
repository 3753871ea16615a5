package dev.docket.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections to a PostgreSQL store: a HikariCP pool that fails at once when the server cannot be reached, and
 * connections of their own for work whose session state must end with them (a lock, a listener).
 */
final class PostgresConnections {

    private static final int CONNECT_SECONDS = 5;

    private PostgresConnections() {}

    static HikariDataSource pool(StoreLocation location, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.url());
        if (!location.user().isEmpty()) {
            config.setUsername(location.user());
        }
        if (!location.password().isEmpty()) {
            config.setPassword(location.password());
        }
        config.setPoolName("docket-store");
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(CONNECT_SECONDS * 1000L);
        config.setInitializationFailTimeout(CONNECT_SECONDS * 1000L);
        return new HikariDataSource(config);
    }

    static Connection dedicated(StoreLocation location) throws SQLException {
        Properties properties = new Properties();
        if (!location.user().isEmpty()) {
            properties.setProperty("user", location.user());
        }
        if (!location.password().isEmpty()) {
            properties.setProperty("password", location.password());
        }
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_SECONDS));
        return DriverManager.getConnection(location.url(), properties);
    }
}
