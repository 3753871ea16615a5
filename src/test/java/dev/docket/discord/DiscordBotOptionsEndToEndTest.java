package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docket.discord.fake.FakeDiscord;
import dev.docket.discord.fake.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot configured for one server, a Q&amp;A channel and declined direct messages, against its own Discord fake
 * (the default configuration is covered by {@link DiscordBotEndToEndTest}).
 */
@Timeout(120)
final class DiscordBotOptionsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int MESSAGE_CONTENT_INTENT = 1 << 15;

    @TempDir
    static Path data;

    private static BotAgainstFakeDiscord running;
    private static FakeDiscord discord;

    @BeforeAll
    static void startBotAgainstTheFake() throws Exception {
        running = BotAgainstFakeDiscord.start(data, Map.of(
                        "DOCKET_DISCORD_GUILD_IDS", FakeDiscord.GUILD_ID + ",999999999999999999",
                        "DOCKET_DISCORD_QA_CHANNEL_IDS", FakeDiscord.CHANNEL_ID,
                        "DOCKET_DISCORD_ANSWER_DMS", "false"), WAIT);
        discord = running.discord();
    }

    @AfterAll
    static void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void should_register_the_commands_in_the_configured_server_when_guild_ids_are_set() throws Exception {
        RecordedRequest registration = discord.requests().await(request -> request.is("PUT",
                "applications/" + FakeDiscord.BOT_ID + "/guilds/" + FakeDiscord.GUILD_ID + "/commands"),
                WAIT, "the server's command registration");

        List<String> names = new ArrayList<>();
        registration.body().forEach(command -> names.add(command.get("name").asText()));
        assertEquals(List.of("ask", "sources", "figures", "timeline", "reload", "stats", "help"), names);
        assertTrue(discord.requests().all().stream().noneMatch(request -> request.path().endsWith("/commands")
                && !request.path().contains(FakeDiscord.GUILD_ID)), "no global registration, none for other servers");
    }

    @Test
    void should_ask_for_message_content_and_answer_without_a_mention_when_the_channel_is_a_qa_channel()
            throws Exception {
        JsonNode identify = discord.gatewayPayloads().await(payload -> payload.path("op").asInt() == 2, WAIT,
                "an IDENTIFY");
        assertEquals(MESSAGE_CONTENT_INTENT, identify.path("d").path("intents").asInt() & MESSAGE_CONTENT_INTENT);

        String messageId = discord.message(discord.member("930000000000000020"),
                "Who is the lawyer of CrowdStrike?", false);

        RecordedRequest reply = discord.requests().await(request ->
                        request.is("POST", "channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                                && messageId.equals(request.body().path("message_reference").path("message_id").asText()),
                WAIT, "a reply in the Q&A channel");
        assertTrue(reply.body().path("embeds").get(0).toString().contains("Carlinsky"), reply.toString());
    }

    @Test
    void should_decline_politely_when_direct_messages_are_off() throws Exception {
        String messageId = discord.directMessage(discord.member("930000000000000021"), "Who is the lawyer?");

        RecordedRequest reply = discord.requests().await(request ->
                        request.is("POST", "channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages")
                                && messageId.equals(request.body().path("message_reference").path("message_id").asText()),
                WAIT, "a reply to the direct message");

        assertTrue(reply.body().path("content").asText().contains("/ask"), reply.toString());
        assertTrue(reply.body().path("embeds").isEmpty(), reply.toString());
    }
}
