package dev.docket.discord;

import java.util.Map;
import java.util.Optional;

/**
 * The bot token, read from the {@code DISCORD_TOKEN} environment variable only. Its {@link #toString()} never
 * shows the value, so it cannot leak into a log line or an exception message by accident.
 */
public final class DiscordToken {

    /** The one place the token is read from. */
    public static final String ENVIRONMENT_VARIABLE = "DISCORD_TOKEN";

    private final String value;

    private DiscordToken(String value) {
        this.value = value;
    }

    /** The token from the environment, or empty when {@code DISCORD_TOKEN} is unset or blank. */
    public static Optional<DiscordToken> fromEnvironment(Map<String, String> environment) {
        String value = environment.get(ENVIRONMENT_VARIABLE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(new DiscordToken(value.strip()));
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "DiscordToken[hidden]";
    }
}
