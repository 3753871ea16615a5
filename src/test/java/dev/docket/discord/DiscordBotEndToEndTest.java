package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docket.discord.fake.FakeDiscord;
import dev.docket.discord.fake.FakeDiscord.Interaction;
import dev.docket.discord.fake.RecordedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real JDA client, the real application over the shipped {@code knowledge/} folder, and a Discord fake on
 * 127.0.0.1: what the bot sends over REST is what a Discord server would receive.
 */
@Timeout(120)
final class DiscordBotEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Duration DEFER_DEADLINE = Duration.ofSeconds(3);
    private static final String LAWYER_QUESTION = "Who is the lawyer of CrowdStrike?";
    /** Both English articles name the lawyer; either is a correct citation. */
    private static final java.util.regex.Pattern LAWYER_SOURCE = java.util.regex.Pattern.compile(
            "knowledge/en-(crowdstrike-pushes-back-against-delta-negligence-claims|secureworld-delta-crowdstrike-clash-over-outage)\\.md");

    @TempDir
    static Path data;

    private static BotAgainstFakeDiscord running;
    private static FakeDiscord discord;

    @BeforeAll
    static void startBotAgainstTheFake() throws Exception {
        running = BotAgainstFakeDiscord.start(data, Map.of(
                        "DOCKET_DISCORD_QUESTIONS_PER_MINUTE", "3",
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
    void should_register_every_command_with_german_and_french_descriptions_when_the_bot_connects() throws Exception {
        RecordedRequest registration = discord.requests().await(
                request -> request.is("PUT", "applications/" + FakeDiscord.BOT_ID + "/commands"), WAIT,
                "the global command registration");

        List<String> names = new ArrayList<>();
        for (JsonNode command : registration.body()) {
            names.add(command.get("name").asText());
            assertFalse(command.path("description").asText().isBlank(), command.toString());
            assertFalse(command.path("description_localizations").path("de").asText().isBlank(), command.toString());
            assertFalse(command.path("description_localizations").path("fr").asText().isBlank(), command.toString());
        }
        assertEquals(List.of("ask", "sources", "figures", "timeline", "reload", "stats", "help"), names);
        JsonNode reload = registration.body().get(names.indexOf("reload"));
        assertEquals("32", reload.path("default_member_permissions").asText());
        JsonNode question = registration.body().get(0).path("options").get(0);
        assertEquals("question", question.path("name").asText());
        assertFalse(question.path("description_localizations").path("de").asText().isBlank());
        JsonNode topic = registration.body().get(names.indexOf("figures")).path("options").get(0);
        assertEquals("topic", topic.path("name").asText());
        assertFalse(topic.path("required").asBoolean(), topic.toString());
        assertFalse(topic.path("description_localizations").path("de").asText().isBlank(), topic.toString());
        assertFalse(topic.path("description_localizations").path("fr").asText().isBlank(), topic.toString());
        assertTrue(registration.body().get(names.indexOf("timeline")).path("options").isEmpty());
    }

    @Test
    void should_defer_then_edit_in_the_disagreeing_flight_counts_when_asked_for_figures_about_flights()
            throws Exception {
        Instant asked = Instant.now();
        Interaction figures = discord.slashCommand(
                discord.member("930000000000000017"), "en-US", "figures", "topic", "flights");

        RecordedRequest deferral = awaitRequest("POST", figures.callbackPath());
        assertEquals(5, deferral.body().path("type").asInt(), deferral.toString());
        assertTrue(Duration.between(asked, deferral.at()).compareTo(DEFER_DEADLINE) < 0, "deferred too late");
        JsonNode edit = awaitRequest("PATCH", figures.originalPath()).body();
        assertNoMentionsAllowed(edit);
        JsonNode flights = disagreeingField(edit.path("embeds").get(0), "flights");
        assertTrue(flights.path("name").asText().contains("sources disagree"), flights.toString());
        String values = flights.path("value").asText();
        for (String count : List.of("**5,000**", "**5,500**", "**6,000**")) {
            assertTrue(values.contains(count), count + " in " + values);
        }
        assertTrue(values.contains("Bloomberg") && values.contains("knowledge/de-"), values);
    }

    @Test
    void should_mark_the_disagreement_in_german_when_a_german_user_asks_for_figures_about_fluege() throws Exception {
        Interaction figures = discord.slashCommand(
                discord.member("930000000000000018"), "de", "figures", "topic", "Flüge");

        JsonNode embed = awaitRequest("PATCH", figures.originalPath()).body().path("embeds").get(0);

        assertTrue(embed.path("title").asText().contains("„Flüge“"), embed.toString());
        JsonNode flights = disagreeingField(embed, "Flüge");
        assertTrue(flights.path("name").asText().contains("Quellen widersprechen sich"), flights.toString());
        assertTrue(flights.path("value").asText().contains("**5,500**"), flights.toString());
    }

    @Test
    void should_say_so_in_french_when_no_figure_matches_the_topic() throws Exception {
        Interaction figures = discord.slashCommand(
                discord.member("930000000000000019"), "fr", "figures", "topic", "zxqvw");

        JsonNode embed = awaitRequest("PATCH", figures.originalPath()).body().path("embeds").get(0);

        assertTrue(embed.path("fields").isEmpty(), embed.toString());
        String description = embed.path("description").asText();
        assertTrue(description.startsWith("Aucun chiffre sur « zxqvw »"), description);
    }

    @Test
    void should_defer_then_edit_in_the_timeline_with_the_july_19_update_and_its_sources() throws Exception {
        Interaction timeline = discord.slashCommand(discord.member("930000000000000020"), "en-US", "timeline");

        assertEquals(5, awaitRequest("POST", timeline.callbackPath()).body().path("type").asInt());
        JsonNode edit = awaitRequest("PATCH", timeline.originalPath()).body();
        assertNoMentionsAllowed(edit);
        JsonNode july19 = null;
        for (JsonNode field : edit.path("embeds").get(0).path("fields")) {
            if (field.path("name").asText().equals("2024-07-19")) {
                july19 = field;
            }
        }
        assertTrue(july19 != null, edit.toString());
        String value = july19.path("value").asText();
        assertTrue(value.startsWith("> "), value);
        assertTrue(value.contains("\"July 19\"") && value.contains("knowledge/en-"), value);
    }

    @Test
    void should_defer_at_once_then_edit_in_an_embed_citing_the_source_when_asked_with_slash_ask() throws Exception {
        Instant asked = Instant.now();
        Interaction ask = discord.slashCommand(
                discord.member("930000000000000001"), "en-US", "ask", "question", LAWYER_QUESTION);

        RecordedRequest deferral = awaitRequest("POST", ask.callbackPath());
        assertEquals(5, deferral.body().path("type").asInt(), deferral.toString());
        assertTrue(Duration.between(asked, deferral.at()).compareTo(DEFER_DEADLINE) < 0, "deferred too late");
        JsonNode embed = awaitRequest("PATCH", ask.originalPath()).body().path("embeds").get(0);
        assertEquals(AnswerFormatter.ANSWER_COLOR, embed.path("color").asInt());
        assertTrue(embed.path("description").asText().contains("[1]"), embed.toString());
        JsonNode source = embed.path("fields").get(0);
        assertTrue(source.path("name").asText().startsWith("[1] "), source.toString());
        assertTrue(LAWYER_SOURCE.matcher(source.path("value").asText()).find(), source.toString());
        assertTrue(embed.path("description").asText().contains("Carlinsky"), embed.toString());
        assertFalse(source.path("value").asText().contains("Carlinsky"), "quoted once, in the answer: " + source);
    }

    @Test
    void should_defer_ephemerally_when_the_user_asks_privately() throws Exception {
        Interaction ask = discord.slashCommand(discord.member("930000000000000016"), "en-US", "ask",
                "question", LAWYER_QUESTION, "private", true);

        JsonNode deferral = awaitRequest("POST", ask.callbackPath()).body();

        assertEquals(5, deferral.path("type").asInt(), deferral.toString());
        assertEquals(64, deferral.path("data").path("flags").asInt() & 64, deferral.toString());
        assertTrue(LAWYER_SOURCE.matcher(awaitRequest("PATCH", ask.originalPath()).body().toString()).find());
    }

    @Test
    void should_answer_in_german_with_a_german_footer_when_a_german_user_asks() throws Exception {
        Interaction ask = discord.slashCommand(discord.member("930000000000000002"), "de", "ask",
                "question", "Wie viele Flüge hat Delta gestrichen?");

        JsonNode embed = awaitRequest("PATCH", ask.originalPath()).body().path("embeds").get(0);

        assertTrue(embed.path("footer").path("text").asText().contains("zitiert"), embed.toString());
        assertTrue(embed.path("fields").get(0).path("value").asText().contains("knowledge/"), embed.toString());
    }

    @Test
    void should_reply_to_the_message_without_pinging_when_a_member_mentions_the_bot() throws Exception {
        String messageId = discord.message(discord.member("930000000000000003"),
                "<@" + FakeDiscord.BOT_ID + "> " + LAWYER_QUESTION, true);

        RecordedRequest reply = discord.requests().await(request -> request.is("POST", channelMessages())
                && messageId.equals(request.body().path("message_reference").path("message_id").asText()),
                WAIT, "a reply to message " + messageId);

        assertTrue(LAWYER_SOURCE.matcher(reply.body().path("embeds").get(0).toString()).find(), reply.toString());
        assertNoMentionsAllowed(reply.body());
        assertFalse(reply.body().path("allowed_mentions").path("replied_user").asBoolean(true));
        awaitRequest("POST", "channels/" + FakeDiscord.CHANNEL_ID + "/typing");
    }

    @Test
    void should_refuse_ephemerally_when_a_member_without_manage_server_runs_reload() throws Exception {
        Interaction reload = discord.slashCommand(discord.member("930000000000000004"), "en-US", "reload");

        JsonNode callback = awaitRequest("POST", reload.callbackPath()).body();

        assertEquals(4, callback.path("type").asInt(), callback.toString());
        assertEquals(64, callback.path("data").path("flags").asInt() & 64, callback.toString());
        assertTrue(callback.path("data").path("content").asText().contains("admins"), callback.toString());
    }

    @Test
    void should_reload_and_report_ephemerally_when_a_member_with_manage_server_runs_reload() throws Exception {
        Interaction reload = discord.slashCommand(
                discord.member("930000000000000005", FakeDiscord.MODERATOR_ROLE_ID), "en-US", "reload");

        JsonNode callback = awaitRequest("POST", reload.callbackPath()).body();
        assertEquals(5, callback.path("type").asInt(), callback.toString());
        assertEquals(64, callback.path("data").path("flags").asInt() & 64, callback.toString());
        JsonNode report = awaitRequest("PATCH", reload.originalPath()).body();
        assertTrue(report.path("content").asText().contains("Reloaded 5 documents"), report.toString());
    }

    @Test
    void should_reload_when_the_member_holds_a_configured_admin_role() throws Exception {
        Interaction reload = discord.slashCommand(
                discord.member("930000000000000006", FakeDiscord.DOCKET_ADMIN_ROLE_ID), "en-US", "reload");

        JsonNode report = awaitRequest("PATCH", reload.originalPath()).body();

        assertTrue(report.path("content").asText().contains("Reloaded"), report.toString());
    }

    @Test
    void should_allow_no_mention_when_the_question_contains_everyone() throws Exception {
        Interaction ask = discord.slashCommand(discord.member("930000000000000007"), "en-US", "ask",
                "question", "@everyone " + LAWYER_QUESTION);
        String messageId = discord.message(discord.member("930000000000000007"),
                "<@" + FakeDiscord.BOT_ID + "> @everyone @here " + LAWYER_QUESTION, true);

        assertNoMentionsAllowed(awaitRequest("PATCH", ask.originalPath()).body());
        RecordedRequest reply = discord.requests().await(request -> request.is("POST", channelMessages())
                && messageId.equals(request.body().path("message_reference").path("message_id").asText()),
                WAIT, "a reply to message " + messageId);
        assertNoMentionsAllowed(reply.body());
    }

    @Test
    void should_keep_answering_when_the_gateway_drops_the_connection_and_the_bot_resumes() throws Exception {
        discord.dropConnection(1001);
        discord.gatewayPayloads().await(payload -> payload.path("op").asInt() == 6, WAIT, "a RESUME");

        Interaction ask = discord.slashCommand(
                discord.member("930000000000000008"), "en-US", "ask", "question", LAWYER_QUESTION);

        assertEquals(5, awaitRequest("POST", ask.callbackPath()).body().path("type").asInt());
        JsonNode embed = awaitRequest("PATCH", ask.originalPath()).body().path("embeds").get(0);
        assertTrue(LAWYER_SOURCE.matcher(embed.toString()).find(), embed.toString());
    }

    @Test
    void should_tell_the_user_when_to_retry_when_they_ask_more_than_the_limit() throws Exception {
        for (int i = 0; i < 3; i++) {
            Interaction ask = discord.slashCommand(
                    discord.member("930000000000000009"), "en-US", "ask", "question", "Question " + i);
            awaitRequest("POST", ask.callbackPath());
        }

        Interaction fourth = discord.slashCommand(
                discord.member("930000000000000009"), "fr", "ask", "question", LAWYER_QUESTION);

        JsonNode callback = awaitRequest("POST", fourth.callbackPath()).body();
        assertEquals(4, callback.path("type").asInt(), callback.toString());
        assertEquals(64, callback.path("data").path("flags").asInt() & 64, callback.toString());
        String text = callback.path("data").path("content").asText();
        assertTrue(text.contains("réessayer") && text.matches("(?s).*<t:\\d+:R>.*"), text);
    }

    @Test
    void should_ignore_other_bots_when_they_mention_docket() throws Exception {
        String fromBot = discord.message(discord.otherBot("960000000000000001"),
                "<@" + FakeDiscord.BOT_ID + "> " + LAWYER_QUESTION, true);
        String fromHuman = discord.message(discord.member("930000000000000010"),
                "<@" + FakeDiscord.BOT_ID + "> " + LAWYER_QUESTION, true);

        discord.requests().await(request -> request.is("POST", channelMessages())
                && fromHuman.equals(request.body().path("message_reference").path("message_id").asText()),
                WAIT, "a reply to the human");

        assertTrue(discord.requests().all().stream().noneMatch(request ->
                fromBot.equals(request.body().path("message_reference").path("message_id").asText())));
    }

    @Test
    void should_list_the_knowledge_when_asked_for_sources() throws Exception {
        Interaction sources = discord.slashCommand(discord.member("930000000000000011"), "en-US", "sources");

        JsonNode callback = awaitRequest("POST", sources.callbackPath()).body();

        assertEquals(4, callback.path("type").asInt(), callback.toString());
        String description = callback.path("data").path("embeds").get(0).path("description").asText();
        assertTrue(description.contains("SecureWorld News") && description.contains("2024-08-06"), description);
    }

    @Test
    void should_explain_itself_in_french_when_a_french_user_asks_for_help() throws Exception {
        Interaction help = discord.slashCommand(discord.member("930000000000000012"), "fr", "help");

        JsonNode callback = awaitRequest("POST", help.callbackPath()).body();

        assertEquals(64, callback.path("data").path("flags").asInt() & 64, callback.toString());
        String description = callback.path("data").path("embeds").get(0).path("description").asText();
        assertTrue(description.contains("5 articles") && description.contains("réponds"), description);
    }

    @Test
    void should_answer_in_plain_text_when_the_bot_may_not_embed_links_in_the_channel() throws Exception {
        String messageId = discord.message(FakeDiscord.NO_EMBEDS_CHANNEL_ID, discord.member("930000000000000013"),
                "<@" + FakeDiscord.BOT_ID + "> " + LAWYER_QUESTION, true);

        RecordedRequest reply = discord.requests().await(request ->
                        request.is("POST", "channels/" + FakeDiscord.NO_EMBEDS_CHANNEL_ID + "/messages")
                                && messageId.equals(request.body().path("message_reference").path("message_id").asText()),
                WAIT, "a plain reply in the channel without Embed Links");

        assertTrue(reply.body().path("embeds").isEmpty(), reply.toString());
        assertTrue(reply.body().path("content").asText().contains("Carlinsky"), reply.toString());
        assertNoMentionsAllowed(reply.body());
    }

    @Test
    void should_stay_silent_and_keep_working_when_the_bot_may_not_send_in_the_channel() throws Exception {
        discord.message(FakeDiscord.READ_ONLY_CHANNEL_ID, discord.member("930000000000000014"),
                "<@" + FakeDiscord.BOT_ID + "> " + LAWYER_QUESTION, true);
        String later = discord.message(discord.member("930000000000000014"),
                "<@" + FakeDiscord.BOT_ID + "> " + LAWYER_QUESTION, true);

        discord.requests().await(request -> request.is("POST", channelMessages())
                && later.equals(request.body().path("message_reference").path("message_id").asText()),
                WAIT, "a reply to the later message");

        assertTrue(discord.requests().all().stream()
                .noneMatch(request -> request.path().startsWith("channels/" + FakeDiscord.READ_ONLY_CHANNEL_ID)));
    }

    @Test
    void should_answer_a_direct_message_when_dms_are_answered() throws Exception {
        String messageId = discord.directMessage(discord.member("930000000000000015"), LAWYER_QUESTION);

        RecordedRequest reply = discord.requests().await(request ->
                        request.is("POST", "channels/" + FakeDiscord.DM_CHANNEL_ID + "/messages")
                                && messageId.equals(request.body().path("message_reference").path("message_id").asText()),
                WAIT, "a reply to the direct message");

        assertTrue(LAWYER_SOURCE.matcher(reply.body().path("embeds").get(0).toString()).find(), reply.toString());
    }

    private static RecordedRequest awaitRequest(String method, String path) throws InterruptedException {
        return discord.requests().await(request -> request.is(method, path), WAIT, method + " " + path);
    }

    /** The field of {@code embed} whose group name contains {@code noun} and says its sources disagree. */
    private static JsonNode disagreeingField(JsonNode embed, String noun) {
        for (JsonNode field : embed.path("fields")) {
            String name = field.path("name").asText();
            if (name.contains(noun) && name.contains("\u26a0")) {
                return field;
            }
        }
        throw new AssertionError("no disagreeing group about " + noun + " in " + embed);
    }

    private static String channelMessages() {
        return "channels/" + FakeDiscord.CHANNEL_ID + "/messages";
    }

    private static void assertNoMentionsAllowed(JsonNode body) {
        JsonNode allowed = body.path("allowed_mentions");
        assertTrue(allowed.path("parse").isArray() && allowed.path("parse").isEmpty(), body.toString());
        assertFalse(allowed.has("users") || allowed.has("roles"), body.toString());
    }
}
