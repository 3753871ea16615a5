package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.docket.answer.llm.FakeModelServer;
import dev.docket.app.Application;
import dev.docket.config.ConfigLoader;
import dev.docket.config.DocketConfig;
import dev.docket.discord.fake.FakeDiscord;
import dev.docket.discord.fake.FakeDiscord.Interaction;
import dev.docket.discord.fake.RecordedRequest;
import dev.docket.store.LoggedQuestion;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A full run with a Discord token and an LLM key (Discord fake and model fake on 127.0.0.1, the real JDA, the
 * real application): every log line at DEBUG, every error, the question log and the {@code toString()}s are
 * searched for both secrets, including after the model server echoes the key back in an error.
 */
@Timeout(180)
final class SecretsEndToEndTest {

    private static final String LLM_KEY = "sk-test-Zq8vN3mK5pL2xR7tY4wB9cD1eF6gH0jJ";
    private static final String KEY_VARIABLE = "DOCKET_TEST_MODEL_KEY";
    private static final String QUESTION = "What losses did Delta estimate from the outage?";
    private static final Pattern SOURCE_STATING_LOSS =
            Pattern.compile("<source n=\"(\\d+)\">[^<]*\\$500 million[^<]*</source>");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    private final LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Map<String, Level> levels = new HashMap<>();

    @BeforeEach
    void captureEveryLogLineAtDebug() {
        captured.setContext(logging);
        captured.start();
        logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(captured);
        for (String name : List.of(Logger.ROOT_LOGGER_NAME, "dev.docket")) {
            levels.put(name, logging.getLogger(name).getLevel());
            logging.getLogger(name).setLevel(Level.DEBUG);
        }
    }

    @AfterEach
    void restoreLogging() {
        logging.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(captured);
        levels.forEach((name, level) -> logging.getLogger(name).setLevel(level));
    }

    @Test
    void should_never_show_the_token_or_the_key_in_logs_errors_the_question_log_or_to_strings() throws Exception {
        Map<String, String> environment;
        DocketConfig config;
        List<LoggedQuestion> questionLog;
        List<RecordedRequest> sentToDiscord;
        List<String> authorizations;
        try (FakeModelServer model = FakeModelServer.start(FakeModelServer.Protocol.OPENAI);
                FakeDiscordResource discord = new FakeDiscordResource(FakeDiscord.start())) {
            model.replyWith(prompt -> {
                Matcher source = SOURCE_STATING_LOSS.matcher(prompt);
                return source.find() ? "Delta estimated $500 million in losses [" + source.group(1) + "]." : "?";
            });
            environment = Map.of(
                    "DISCORD_TOKEN", FakeDiscord.TOKEN,
                    "DISCORD_API_BASE_URL", discord.fake().apiBaseUrl(),
                    "DISCORD_GATEWAY_URL", discord.fake().gatewayUrl(),
                    "DOCKET_LLM_PROVIDER", "openai",
                    "DOCKET_LLM_BASE_URL", model.baseUrl(),
                    "DOCKET_LLM_MODEL", "fake-model",
                    "DOCKET_LLM_API_KEY_ENV", KEY_VARIABLE,
                    "DOCKET_LLM_BREAKER_FAILURES", "10",
                    KEY_VARIABLE, LLM_KEY);
            config = new ConfigLoader(environment).load(null).withKnowledge(Path.of("knowledge")).withData(data);
            try (Application application = Application.build(config, environment)) {
                application.reloader().reload();
                DiscordBot bot = DiscordBot.start(BotAgainstFakeDiscord.parts(application), config.discord(),
                        DiscordToken.fromEnvironment(environment).orElseThrow(), Clock.systemUTC());
                try {
                    assertTrue(bot.awaitReady(WAIT), "the bot did not get READY from the fake gateway");
                    FakeDiscord fake = discord.fake();
                    JsonNode grounded = ask(fake, "930000000000000101");
                    assertTrue(grounded.toString().contains("Delta estimated $500 million"), grounded.toString());
                    model.failWith(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + LLM_KEY
                            + "\",\"type\":\"invalid_request_error\"}}");
                    ask(fake, "930000000000000102");
                    Interaction reload = fake.slashCommand(
                            fake.member("930000000000000103", FakeDiscord.MODERATOR_ROLE_ID), "en-US", "reload");
                    fake.requests().await(request -> request.is("PATCH", reload.originalPath()), WAIT, "the report");
                } finally {
                    bot.close();
                }
                questionLog = application.questionLog().all();
            }
            sentToDiscord = discord.fake().requests().all();
            authorizations = model.authorizations();
        }

        assertTrue(authorizations.contains("Bearer " + LLM_KEY), "the key never reached the model: " + authorizations);
        String logs = renderedLogs();
        assertTrue(logs.contains("answered extractively"), "the model failure was not logged");
        assertNoSecret("the log", logs);
        assertNoSecret("the question log", questionLog.toString());
        assertNoSecret("what was sent to Discord", sentToDiscord.stream().map(RecordedRequest::toString)
                .collect(Collectors.joining("\n")));
        assertNoSecret("the config", config.toString());
        assertNoSecret("the token", DiscordToken.fromEnvironment(environment).orElseThrow().toString());
    }

    private static JsonNode ask(FakeDiscord fake, String userId) throws InterruptedException {
        Interaction ask = fake.slashCommand(fake.member(userId), "en-US", "ask", "question", QUESTION);
        return fake.requests().await(request -> request.is("PATCH", ask.originalPath()), WAIT, "an answer").body();
    }

    private String renderedLogs() {
        PatternLayout layout = new PatternLayout();
        layout.setContext(logging);
        layout.setPattern("%level %logger - %msg%n%ex");
        layout.start();
        return captured.list.stream().map(layout::doLayout).collect(Collectors.joining());
    }

    private static void assertNoSecret(String where, String text) {
        for (String secret : List.of(LLM_KEY, LLM_KEY.substring(LLM_KEY.length() - 12), FakeDiscord.TOKEN,
                FakeDiscord.TOKEN.substring(FakeDiscord.TOKEN.length() - 12))) {
            int at = text.indexOf(secret);
            assertFalse(at >= 0, where + " shows a secret: ..."
                    + text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 40))
                            .replace(secret, "<SECRET>"));
        }
    }

    /** Closes the fake, which declares InterruptedException, in try-with-resources. */
    private record FakeDiscordResource(FakeDiscord fake) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            fake.close();
        }
    }
}
