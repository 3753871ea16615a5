package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docket.app.TestApplications;
import dev.docket.discord.fake.FakeDiscord;
import dev.docket.discord.fake.FakeDiscord.Interaction;
import dev.docket.discord.fake.RecordedRequest;
import dev.docket.testing.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real Docket processes on one PostgreSQL store against the Discord fake with two shards: each process runs
 * one shard and answers only its server; a /reload in one reaches the other's answers within 5 seconds; killing
 * one with SIGKILL in the middle of a reload leaves the other serving the previous version.
 */
final class TwoProcessesOnOneStoreTest {

    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration PICK_UP_BOUND = Duration.ofSeconds(5);
    private static final String OLD_QUESTION = "Who is Delta's lawyer?";
    private static final String NEW_FACT = "Quokkaville hosted a parade of 7,000 quokkas on Tuesday.";
    private static final String NEW_QUESTION = "How many quokkas paraded in Quokkaville?";
    private static final String MODERATOR = "930000000000000005";

    @TempDir
    Path folder;

    @Test
    void should_answer_each_shard_in_its_process_and_follow_a_reload_and_survive_a_kill_of_the_other()
            throws Exception {
        PostgresServer postgres = PostgresServer.shared();
        String url = postgres.newDatabase();
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (FakeDiscord discord = FakeDiscord.startSharded(2);
                DocketProcess first = DocketProcess.start("shard-0", environment(discord, url, knowledge, 0), folder,
                        "serve")) {
            awaitIdentified(discord, "[0,2]", first);
            assertAnswered(discord, ask(discord, FakeDiscord.GUILD_ID, OLD_QUESTION), START, first);
            try (DocketProcess second = DocketProcess.start("shard-1", environment(discord, url, knowledge, 1),
                    folder, "serve")) {
                awaitIdentified(discord, "[1,2]", second);
                assertAnswered(discord, ask(discord, FakeDiscord.SECOND_GUILD_ID, OLD_QUESTION), START, second);
                assertEquals(List.of("[0,2]", "[1,2]"), identifiedShards(discord));
                assertEquals(1, discord.requests().all().stream()
                        .filter(request -> request.is("PUT", "applications/" + FakeDiscord.BOT_ID + "/commands"))
                        .count(), "the global commands are registered once, by shard 0's process");
                assertTrue(second.log().contains("from the shared store"), second.log());

                Files.writeString(knowledge.resolve("quokkas.md"), NEW_FACT + "\n");
                Interaction reload = discord.slashCommandIn(FakeDiscord.GUILD_ID, FakeDiscord.CHANNEL_ID,
                        discord.member(MODERATOR, FakeDiscord.MODERATOR_ROLE_ID), "en-US", "reload");
                RecordedRequest report = awaitEdit(discord, reload, START, first);
                assertTrue(report.body().toString().contains("1 added"), report.toString());
                long pickUpMillis = pickUp(discord, report);
                System.out.println("[scale-out] second process answered from the new version " + pickUpMillis
                        + " ms after the reload was reported");
                assertTrue(pickUpMillis <= PICK_UP_BOUND.toMillis(), "took " + pickUpMillis + " ms\n" + second.log());

                long version = version(url);
                writeManyFiles(knowledge);
                Interaction slowReload = discord.slashCommandIn(FakeDiscord.SECOND_GUILD_ID,
                        FakeDiscord.SECOND_CHANNEL_ID, discord.member(MODERATOR, FakeDiscord.SECOND_MODERATOR_ROLE_ID),
                        "en-US", "reload");
                discord.requests().await(request -> request.is("POST", slowReload.callbackPath()), START,
                        "the deferral of the slow /reload");
                Thread.sleep(1_500);
                second.kill();

                assertEquals(version, version(url));
                assertFalse(discord.requests().all().stream()
                        .anyMatch(request -> request.is("PATCH", slowReload.originalPath())), "the reload finished");
                Interaction after = ask(discord, FakeDiscord.GUILD_ID, NEW_QUESTION);
                assertTrue(awaitEdit(discord, after, START, first).body().toString().contains("quokkas.md"));
                assertTrue(first.isAlive(), first.log());
            }
        }
    }

    private static Map<String, String> environment(FakeDiscord discord, String url, Path knowledge, int shard) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DISCORD_TOKEN", FakeDiscord.TOKEN);
        environment.put("DISCORD_API_BASE_URL", discord.apiBaseUrl());
        environment.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
        environment.put("DOCKET_STORE_URL", url);
        environment.put("DOCKET_STORE_USER", "docket");
        environment.put("DOCKET_DISCORD_SHARDS_TOTAL", "2");
        environment.put("DOCKET_DISCORD_SHARD_IDS", Integer.toString(shard));
        environment.put("DOCKET_KNOWLEDGE", knowledge.toString());
        environment.put("DOCKET_DATA", knowledge.resolveSibling("data-" + shard).toString());
        return environment;
    }

    private static Interaction ask(FakeDiscord discord, String guildId, String question) {
        String channel = guildId.equals(FakeDiscord.GUILD_ID) ? FakeDiscord.CHANNEL_ID : FakeDiscord.SECOND_CHANNEL_ID;
        ObjectNode member = discord.member("930000000000000001");
        return discord.slashCommandIn(guildId, channel, member, "en-US", "ask", "question", question);
    }

    private static RecordedRequest awaitEdit(FakeDiscord discord, Interaction interaction, Duration wait,
            DocketProcess process) throws InterruptedException {
        try {
            return discord.requests().await(request -> request.is("PATCH", interaction.originalPath()), wait,
                    "the answer to interaction " + interaction.id());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nprocess log:\n" + process.log(), e);
        }
    }

    private static void assertAnswered(FakeDiscord discord, Interaction interaction, Duration wait,
            DocketProcess process) throws InterruptedException {
        String body = awaitEdit(discord, interaction, wait, process).body().toString();
        assertTrue(body.contains("\"embeds\""), body);
    }

    /** Asks the new question in the second server until it is answered; the time from the reload's report. */
    private static long pickUp(FakeDiscord discord, RecordedRequest report) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Interaction probe = ask(discord, FakeDiscord.SECOND_GUILD_ID, NEW_QUESTION);
            RecordedRequest answer = discord.requests().await(
                    request -> request.is("PATCH", probe.originalPath()), Duration.ofSeconds(30), "a probe answer");
            if (answer.body().toString().contains("quokkas.md")) {
                return Duration.between(report.at(), answer.at()).toMillis();
            }
            Thread.sleep(200);
        }
        return Long.MAX_VALUE;
    }

    /** Waits for the process's IDENTIFY: the fake sends a server's events only to a connected shard. */
    private static void awaitIdentified(FakeDiscord discord, String shard, DocketProcess process)
            throws InterruptedException {
        try {
            discord.gatewayPayloads().await(payload -> payload.path("op").asInt() == 2
                    && payload.path("d").path("shard").toString().equals(shard), START, "IDENTIFY " + shard);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nprocess log:\n" + process.log(), e);
        }
    }

    private static List<String> identifiedShards(FakeDiscord discord) {
        return discord.gatewayPayloads().all().stream()
                .filter(payload -> payload.path("op").asInt() == 2)
                .map(payload -> payload.path("d").path("shard").toString())
                .sorted()
                .toList();
    }

    private static long version(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "docket", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT version FROM knowledge_version")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Enough new text that embedding it takes seconds: a reload that can be killed in its middle. */
    private static void writeManyFiles(Path knowledge) throws Exception {
        String[] things = {"widgets", "gears", "valves", "springs", "bolts", "rivets", "hinges", "levers"};
        String[] places = {"Northport", "Easton", "Lakeside", "Hillcrest", "Riverbend", "Stonebridge"};
        for (int file = 0; file < 12; file++) {
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < 120; line++) {
                int n = file * 1000 + line;
                text.append("Depot ").append(places[n % places.length]).append(' ').append(n)
                        .append(" shipped ").append(100 + n * 7).append(' ').append(things[n % things.length])
                        .append(" in week ").append(n % 52 + 1).append(".\n\n");
            }
            Files.writeString(knowledge.resolve("depots-" + file + ".md"), text.toString());
        }
    }

}
