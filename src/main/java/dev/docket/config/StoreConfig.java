package dev.docket.config;

/**
 * Where Docket keeps its state. Empty {@code url} is the embedded H2 file {@code docket.mv.db} in the data folder
 * (one process); a {@code jdbc:postgresql://} URL makes a PostgreSQL database the store that several processes
 * share. The password is never here: {@code passwordEnv} names the environment variable that holds it.
 *
 * @param url empty for the H2 file in the data folder, or a {@code jdbc:h2:} or {@code jdbc:postgresql://} URL
 * @param user the database user; empty lets the driver choose (H2: {@code docket})
 * @param passwordEnv the NAME of the environment variable holding the password, never the password; empty sends
 *     none
 */
public record StoreConfig(String url, String user, String passwordEnv) {

    public StoreConfig {
        url = url == null ? "" : url.strip();
        user = user == null ? "" : user.strip();
        passwordEnv = passwordEnv == null ? "" : passwordEnv.strip();
        if (!url.isEmpty() && !url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("store.url: must be empty (the H2 file in the data folder), a"
                    + " jdbc:h2: URL or a jdbc:postgresql://host:port/database URL, was " + StoreUrls.redact(url));
        }
        if (!passwordEnv.isEmpty() && !passwordEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("store.password-env: must be the NAME of the environment variable"
                    + " that holds the password (letters, digits and _), never the password itself; the value is"
                    + " not shown here");
        }
    }

    public static StoreConfig defaults() {
        return new StoreConfig("", "", "");
    }

    /** True when the store is a PostgreSQL server that several processes may share. */
    public boolean isPostgresql() {
        return url.startsWith("jdbc:postgresql://");
    }
}
