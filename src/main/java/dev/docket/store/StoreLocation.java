package dev.docket.store;

import dev.docket.config.StoreUrls;

/**
 * Where the store is and how to log in. {@link #toString()} and {@link #displayUrl()} never show the password, so
 * a location may be logged or named in an error.
 *
 * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql://} URL
 * @param user the database user, empty for the driver's default
 * @param password the password read from the environment, empty for none
 */
public record StoreLocation(String url, String user, String password) {

    public StoreLocation {
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    public boolean isPostgresql() {
        return url.startsWith("jdbc:postgresql://");
    }

    /** The URL with any password parameter replaced by {@code ***}. */
    public String displayUrl() {
        return StoreUrls.redact(url);
    }

    @Override
    public String toString() {
        return "StoreLocation[url=" + displayUrl() + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "***") + "]";
    }
}
