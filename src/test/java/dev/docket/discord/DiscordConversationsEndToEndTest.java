package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docket.discord.fake.FakeDiscord;
import dev.docket.discord.fake.FakeDiscord.Interaction;
import dev.docket.discord.fake.RecordedRequest;
import dev.docket.store.LogEntry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversations, feedback and admin insight end to end: the real JDA client and the real application over the
 * shipped {@code knowledge/} folder against the protocol-level Discord fake, with channel questions answered in
 * threads.
 */
@Timeout(180)
final class DiscordConversationsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration ACK_DEADLINE = Duration.ofSeconds(3);
    private static final String FLIGHTS = "How many flights did Delta cancel?";
    private static final java.util.regex.Pattern FLIGHTS_IN_ANY_LANGUAGE =
            java.util.regex.Pattern.compile("flights|Flüge|vols");

    @TempDir
    static Path data;

    private static BotAgainstFakeDiscord running;
    private static FakeDiscord discord;

    @BeforeAll
    static void startBotAgainstTheFake() throws Exception {
        running = BotAgainstFakeDiscord.start(data, Map.of(
                "DOCKET_DISCORD_ANSWER_IN_THREADS", "true",
                "DOCKET_DISCORD_ADMIN_CHANNEL_ID", FakeDiscord.CHANNEL_ID,
                "DOCKET_DISCORD_ADMIN_ROLE_IDS", FakeDiscord.DOCKET_ADMIN_ROLE_ID), WAIT);
        discord = running.discord();
    }

    @AfterAll
    static void stop() throws Exception {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void should_answer_in_context_when_a_user_replies_to_an_answer() throws Exception {
        Interaction ask = discord.slashCommand(discord.member("931000000000000001"), "en-US", "ask",
                "question", FLIGHTS);
        String answerId = awaitOriginal(ask);

        String replyId = discord.reply(FakeDiscord.CHANNEL_ID, discord.member("931000000000000001"),
                "and how much did it cost them?", answerId, true);

        JsonNode embed = awaitReplyTo(FakeDiscord.CHANNEL_ID, replyId).path("embeds").get(0);
        assertEquals(AnswerFormatter.ANSWER_COLOR, embed.path("color").asInt(), embed.toString());
        assertEquals("and how much did it cost them?", embed.path("title").asText());
        assertTrue(embed.toString().contains("500"), "the cost of the outage: " + embed);
        LogEntry logged = loggedQuestion("and how much did it cost them?");
        assertEquals("reply", logged.question().channelKind());
        assertTrue(logged.question().answered());
    }

    @Test
    void should_open_a_thread_and_answer_follow_ups_there_in_the_conversation_language() throws Exception {
        String questionId = discord.message(discord.member("931000000000000002"),
                "<@" + FakeDiscord.BOT_ID + "> Wie viele Flüge hat Delta gestrichen?", true);

        RecordedRequest opened = awaitRequest("POST",
                "channels/" + FakeDiscord.CHANNEL_ID + "/messages/" + questionId + "/threads");
        String threadName = opened.body().path("name").asText();
        assertTrue(threadName.startsWith("Docket: Wie viele") && threadName.length() <= 100, threadName);
        RecordedRequest inThread = discord.requests().await(request -> request.method().equals("POST")
                && discord.threads().keySet().stream()
                        .anyMatch(id -> request.path().equals("channels/" + id + "/messages")),
                WAIT, "the answer in the new thread");
        String threadId = inThread.path().split("/")[1];
        JsonNode first = inThread.body();
        assertTrue(first.path("embeds").get(0).path("footer").path("text").asText().contains("zitiert"),
                first.toString());

        String followUpId = discord.message(threadId, discord.member("931000000000000002"),
                "und was sagt CrowdStrike dazu?", false);

        JsonNode followUp = awaitReplyTo(threadId, followUpId);
        JsonNode embed = followUp.path("embeds").get(0);
        assertEquals(AnswerFormatter.ANSWER_COLOR, embed.path("color").asInt(), embed.toString());
        assertTrue(embed.path("footer").path("text").asText().contains("zitiert"), embed.toString());
        assertTrue(FLIGHTS_IN_ANY_LANGUAGE.matcher(embed.path("description").asText()).find(),
                "the earlier subject (flights) was carried in: " + embed);
        assertEquals("thread", loggedQuestion("und was sagt CrowdStrike dazu?").question().channelKind());
        Interaction alone = discord.slashCommand(discord.member("931000000000000011"), "de", "ask",
                "question", "und was sagt CrowdStrike dazu?");
        JsonNode withoutContext = discord.sentMessage(awaitOriginal(alone)).path("embeds").get(0);
        assertFalse(FLIGHTS_IN_ANY_LANGUAGE.matcher(withoutContext.path("description").asText()).find(),
                "asked on its own the question is not about flights: " + withoutContext);
    }

    @Test
    void should_store_one_vote_per_user_and_replace_it_when_the_user_clicks_again() throws Exception {
        Interaction ask = discord.slashCommand(discord.member("931000000000000003"), "en-US", "ask",
                "question", FLIGHTS);
        String answerId = awaitOriginal(ask);
        List<String> buttons = customIds(discord.sentMessage(answerId));
        assertEquals(2, buttons.size(), buttons.toString());
        String up = buttons.get(0);
        String down = buttons.get(1);

        Instant clicked = Instant.now();
        Interaction first = discord.buttonClick(discord.member("931000000000000004"), "en-US", answerId, up);
        RecordedRequest ack = awaitRequest("POST", first.callbackPath());
        assertEquals(5, ack.body().path("type").asInt(), ack.toString());
        assertEquals(64, ack.body().path("data").path("flags").asInt() & 64, ack.toString());
        assertTrue(Duration.between(clicked, ack.at()).compareTo(ACK_DEADLINE) < 0, "acknowledged too late");
        assertTrue(awaitRequest("PATCH", first.originalPath()).body().path("content").asText().contains("saved"));
        Interaction second = discord.buttonClick(discord.member("931000000000000004"), "de", answerId, down);
        String changed = awaitRequest("PATCH", second.originalPath()).body().path("content").asText();

        assertTrue(changed.contains("geändert"), changed);
        LogEntry entry = loggedByRef(ask.id());
        assertEquals(0, entry.upVotes());
        assertEquals(1, entry.downVotes());
    }

    @Test
    void should_store_a_vote_when_a_button_is_clicked_after_the_bot_restarted() throws Exception {
        Interaction ask = discord.slashCommand(discord.member("931000000000000005"), "en-US", "ask",
                "question", FLIGHTS);
        String answerId = awaitOriginal(ask);
        String down = customIds(discord.sentMessage(answerId)).get(1);

        running = running.restarted(WAIT);
        Interaction click = discord.buttonClick(discord.member("931000000000000006"), "fr", answerId, down);

        String ack = awaitRequest("PATCH", click.originalPath()).body().path("content").asText();
        assertTrue(ack.contains("Merci"), ack);
        assertEquals(1, loggedByRef(ask.id()).downVotes());
    }

    @Test
    void should_refuse_stats_to_a_member_and_show_them_to_an_admin_ephemerally() throws Exception {
        Interaction refused = discord.slashCommand(discord.member("931000000000000007"), "en-US", "stats");
        JsonNode callback = awaitRequest("POST", refused.callbackPath()).body();
        assertEquals(4, callback.path("type").asInt(), callback.toString());
        assertEquals(64, callback.path("data").path("flags").asInt() & 64, callback.toString());
        assertTrue(callback.path("data").path("content").asText().contains("admins"), callback.toString());

        Interaction admin = discord.slashCommand(
                discord.member("931000000000000008", FakeDiscord.MODERATOR_ROLE_ID), "en-US", "stats");

        JsonNode deferral = awaitRequest("POST", admin.callbackPath()).body();
        assertEquals(64, deferral.path("data").path("flags").asInt() & 64, deferral.toString());
        String report = awaitRequest("PATCH", admin.originalPath()).body().path("embeds").get(0)
                .path("description").asText();
        assertTrue(report.contains("Questions since") && report.contains("median answer time"), report);
    }

    @Test
    void should_answer_in_the_user_locale_for_ask_and_for_a_follow_up_when_the_text_does_not_decide()
            throws Exception {
        Interaction ask = discord.slashCommand(discord.member("931000000000000009"), "fr", "ask",
                "question", "Delta CrowdStrike ?");
        String answerId = awaitOriginal(ask);
        JsonNode answer = discord.sentMessage(answerId).path("embeds").get(0);
        assertTrue(answer.path("footer").path("text").asText().contains("cité")
                || answer.path("footer").path("text").asText().contains("réponse"), answer.toString());

        String replyId = discord.reply(FakeDiscord.CHANNEL_ID, discord.member("931000000000000009"),
                "CrowdStrike ?", answerId, true);

        JsonNode followUp = awaitReplyTo(FakeDiscord.CHANNEL_ID, replyId).path("embeds").get(0);
        String footer = followUp.path("footer").path("text").asText();
        assertTrue(footer.contains("cité") || footer.contains("réponse"), followUp.toString());
    }

    @Test
    void should_show_each_quote_once_and_stay_within_discord_limits_in_every_answer_sent() throws Exception {
        Interaction ask = discord.slashCommand(discord.member("931000000000000010"), "en-US", "ask",
                "question", FLIGHTS);
        awaitOriginal(ask);

        for (RecordedRequest request : discord.requests().all()) {
            for (JsonNode embed : request.body().path("embeds")) {
                assertWithinLimits(embed);
                assertNoQuoteTwice(embed);
            }
            assertTrue(request.body().path("content").asText("").length() <= 2000, request.toString());
        }
    }

    @Test
    void should_post_the_report_in_the_admin_channel_when_a_watched_change_was_reloaded() throws Exception {
        var notices = running.bot().adminNotices(running.config().discord()).orElseThrow();
        var report = running.application().reloader().reload();

        notices.reloaded(report);

        discord.requests().await(request -> request.is("POST", "channels/" + FakeDiscord.CHANNEL_ID + "/messages")
                        && request.body().path("content").asText().startsWith("The knowledge folder changed")
                        && request.body().path("content").asText().contains("Reloaded 5 documents")
                        && request.body().path("allowed_mentions").path("parse").isEmpty(),
                WAIT, "the reload report in the admin channel");
    }

    private static void assertWithinLimits(JsonNode embed) {
        int total = embed.path("title").asText("").length() + embed.path("description").asText("").length()
                + embed.path("footer").path("text").asText("").length();
        assertTrue(embed.path("title").asText("").length() <= 256, embed.toString());
        assertTrue(embed.path("description").asText("").length() <= 4096, embed.toString());
        assertTrue(embed.path("fields").size() <= 25, embed.toString());
        for (JsonNode field : embed.path("fields")) {
            assertTrue(field.path("name").asText().length() <= 256, field.toString());
            assertTrue(field.path("value").asText().length() <= 1024, field.toString());
            total += field.path("name").asText().length() + field.path("value").asText().length();
        }
        assertTrue(total <= 6000, "embed of " + total + " characters: " + embed);
    }

    private static void assertNoQuoteTwice(JsonNode embed) {
        String description = embed.path("description").asText("");
        Set<String> quotes = new HashSet<>();
        for (JsonNode field : embed.path("fields")) {
            for (String line : field.path("value").asText().split("\n")) {
                if (line.startsWith("> ")) {
                    String quote = line.substring(2).replace("\\", "");
                    assertFalse(description.contains(quote), "quoted twice: " + quote);
                    assertTrue(quotes.add(quote), "quoted twice: " + quote);
                }
            }
        }
    }

    private static String awaitOriginal(Interaction ask) throws InterruptedException {
        awaitRequest("PATCH", ask.originalPath());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (discord.originalMessageId(ask) == null && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        String id = discord.originalMessageId(ask);
        assertNotNull(id, "the answer to /ask was never sent");
        return id;
    }

    private static JsonNode awaitReplyTo(String channelId, String messageId) throws InterruptedException {
        return discord.requests().await(request -> request.is("POST", "channels/" + channelId + "/messages")
                        && messageId.equals(request.body().path("message_reference").path("message_id").asText()),
                WAIT, "a reply to message " + messageId).body();
    }

    private static RecordedRequest awaitRequest(String method, String path) throws InterruptedException {
        return discord.requests().await(request -> request.is(method, path), WAIT, method + " " + path);
    }

    private static List<String> customIds(JsonNode message) {
        return message.path("components").findValuesAsText("custom_id");
    }

    private static LogEntry loggedQuestion(String question) {
        return running.application().questionLog().since(Instant.EPOCH).stream()
                .filter(entry -> entry.question().question().equals(question)).findFirst()
                .orElseThrow(() -> new AssertionError("not logged: " + question));
    }

    private static LogEntry loggedByRef(String ref) {
        return running.application().questionLog().since(Instant.EPOCH).stream()
                .filter(entry -> ref.equals(entry.question().ref())).findFirst()
                .orElseThrow(() -> new AssertionError("no logged question with ref " + ref));
    }
}
