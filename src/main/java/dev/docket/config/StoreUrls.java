package dev.docket.config;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown: a password given as a URL parameter is replaced by {@code ***}. */
public final class StoreUrls {

    private static final Pattern PASSWORD_PARAMETER =
            Pattern.compile("(?i)((?:password|sslpassword)=)[^&;]*");

    private StoreUrls() {}

    public static String redact(String url) {
        return url == null ? null : PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }
}
