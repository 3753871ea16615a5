package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class DiscordTokenTest {

    @Test
    void should_never_show_the_token_when_printed() {
        DiscordToken token = DiscordToken.fromEnvironment(Map.of("DISCORD_TOKEN", "secret-token-value")).get();

        assertFalse(token.toString().contains("secret"));
        assertFalse(String.valueOf(java.util.Optional.of(token)).contains("secret"));
    }

    @Test
    void should_be_absent_when_the_variable_is_unset_or_blank() {
        assertTrue(DiscordToken.fromEnvironment(Map.of()).isEmpty());
        assertTrue(DiscordToken.fromEnvironment(Map.of("DISCORD_TOKEN", "  ")).isEmpty());
    }
}
