package dev.docket.answer.llm;

import dev.docket.testing.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Answer;
import dev.docket.answer.Citation;
import dev.docket.answer.ExtractiveAnswerer;
import dev.docket.answer.Question;
import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.config.LlmConfig;
import dev.docket.figures.FigureLexicon;
import dev.docket.figures.FigureKind;
import dev.docket.figures.FigureReader;
import dev.docket.figures.StatedFigure;
import dev.docket.language.LanguageLexicon;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The real LangChain4j clients against fake OpenAI-compatible, Ollama and Anthropic servers on 127.0.0.1. */
final class GroundedLlmAnswererTest {

    private static final String QUESTION = "What losses did Delta estimate from the outage?";
    private static final Pattern SOURCE = Pattern.compile("<source n=\"(\\d+)\">(.*?)</source>", Pattern.DOTALL);
    private static final FigureReader READER = new FigureReader(FigureLexicon.load(LanguageLexicon.load()));
    private static final long TIMEOUT_MILLIS = 1000;

    @TempDir
    static Path data;

    private static Application application;
    private static ExecutorService executor;
    private final TestClock clock = new TestClock();
    private FakeModelServer server;

    @BeforeAll
    static void openApplication() {
        application = TestApplications.open(Path.of("knowledge"), data);
        application.reloader().reload();
        executor = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void closeApplication() {
        executor.shutdownNow();
        application.close();
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest
    @EnumSource(FakeModelServer.Protocol.class)
    void should_send_the_question_and_the_numbered_sources(FakeModelServer.Protocol protocol) throws IOException {
        GroundedLlmAnswerer answerer = answererFor(protocol);
        server.replyWith(GroundedLlmAnswererTest::groundedReply);

        answerer.answer(Question.fromCli(QUESTION));

        String prompt = server.lastPrompt();
        assertTrue(prompt.contains("<question>\n" + QUESTION + "\n</question>"), prompt);
        assertTrue(prompt.contains("<source n=\"1\">"), prompt);
        assertTrue(prompt.contains("<source n=\"2\">"), prompt);
        assertTrue(prompt.contains("Cite every claim"), prompt);
    }

    @ParameterizedTest
    @EnumSource(FakeModelServer.Protocol.class)
    void should_send_the_earlier_turns_as_chat_history_when_the_question_follows_up(FakeModelServer.Protocol protocol)
            throws IOException {
        GroundedLlmAnswerer answerer = answererFor(protocol);
        server.replyWith(GroundedLlmAnswererTest::groundedReply);
        List<dev.docket.answer.Turn> history = List.of(new dev.docket.answer.Turn(
                "How many flights were cancelled?", "Over 5,000 flights were cancelled [1]."));

        answerer.answer(new Question("and how much did it cost them?", null, "test", history));

        String request = server.requests().get(server.requests().size() - 1);
        assertTrue(request.contains("How many flights were cancelled?"), request);
        assertTrue(request.contains("Over 5,000 flights were cancelled [1]."), request);
        assertTrue(server.lastPrompt().contains("<question>\nand how much did it cost them?\n</question>"),
                server.lastPrompt());
    }

    @ParameterizedTest
    @EnumSource(FakeModelServer.Protocol.class)
    void should_show_a_grounded_reply_with_exact_citations(FakeModelServer.Protocol protocol) throws IOException {
        GroundedLlmAnswerer answerer = answererFor(protocol);
        server.replyWith(GroundedLlmAnswererTest::groundedReply);

        Answer answer = answerer.answer(Question.fromCli(QUESTION));

        assertTrue(answer.text().matches("The source gives .+ \\[1]\\."), answer.text());
        assertEquals(ChatModelFactory.adapterName(config(protocol)), answer.adapter());
        assertTrue(answer.grounded());
        assertTrue(answer.answered());
        assertEquals(1, answer.citations().size());
        Citation citation = answer.citations().get(0);
        String file = Files.readString(Path.of(citation.source()), StandardCharsets.UTF_8);
        assertEquals(citation.snippet(), file.substring(citation.start(), citation.end()));
        StatedFigure figure = READER.read(answer.text(), "en", null).get(0);
        assertTrue(READER.read(citation.snippet(), citation.language(), null).stream()
                        .anyMatch(stated -> figure.sameNumber(stated) || figure.sameDate(stated)),
                citation.snippet());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Delta lost $900 million in the outage [1].",
        "The outage forced Delta to cancel 9,999 flights [1].",
        "Delta lost money [1]. It cancelled flights, and the bill came to $900 million.",
        "Delta lost $500 million [9]."
    })
    void should_answer_extractively_when_the_reply_is_not_grounded(String reply) throws IOException {
        GroundedLlmAnswerer answerer = answererFor(FakeModelServer.Protocol.OPENAI);
        server.replyWith(prompt -> reply);

        Answer answer = answerer.answer(Question.fromCli(QUESTION));

        assertEquals(ExtractiveAnswerer.ADAPTER, answer.adapter());
        assertTrue(answer.answered());
        assertFalse(answer.text().contains("900"), answer.text());
        assertFalse(answer.text().contains("9,999"), answer.text());
        assertEquals(1, server.requests().size());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("protocolsAndFailures")
    void should_answer_extractively_within_the_timeout_when_the_server_fails_stalls_or_sends_garbage(
            FakeModelServer.Protocol protocol, String failure) throws IOException {
        GroundedLlmAnswerer answerer = answererFor(protocol);
        switch (failure) {
            case "500" -> server.failWith(500);
            case "garbage" -> server.replyWithGarbage();
            default -> server.stall();
        }
        long started = System.nanoTime();

        Answer answer = answerer.answer(Question.fromCli(QUESTION));

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(ExtractiveAnswerer.ADAPTER, answer.adapter());
        assertTrue(answer.answered());
        assertEquals(1, server.requests().size());
        assertTrue(millis < TIMEOUT_MILLIS + 1000, "answered after " + millis + " ms");
    }

    static Stream<Arguments> protocolsAndFailures() {
        return Stream.of(FakeModelServer.Protocol.values()).flatMap(protocol -> Stream.of("500", "garbage", "stall")
                .map(failure -> Arguments.of(protocol, failure)));
    }

    @Test
    void should_answer_extractively_when_the_endpoint_refuses_connections() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        LlmConfig config =
                withBaseUrl(config(FakeModelServer.Protocol.OPENAI), "http://127.0.0.1:" + closedPort + "/v1");
        GroundedLlmAnswerer answerer = answerer(config);

        Answer answer = answerer.answer(Question.fromCli(QUESTION));

        assertEquals(ExtractiveAnswerer.ADAPTER, answer.adapter());
        assertTrue(answer.answered());
    }

    @Test
    void should_refuse_without_calling_the_model_when_the_sources_do_not_answer() throws IOException {
        GroundedLlmAnswerer answerer = answererFor(FakeModelServer.Protocol.OPENAI);
        server.replyWith(GroundedLlmAnswererTest::groundedReply);

        Answer answer = answerer.answer(Question.fromCli("What is the capital of Australia?"));

        assertFalse(answer.answered());
        assertFalse(answer.grounded());
        assertEquals(0, server.requests().size());
    }

    @Test
    void should_refuse_in_the_askers_language_when_the_model_says_the_sources_do_not_answer() throws IOException {
        GroundedLlmAnswerer answerer = answererFor(FakeModelServer.Protocol.OPENAI);
        server.replyWith(prompt -> GroundedPrompt.NOT_ANSWERED);

        Answer answer = answerer.answer(new Question("Wie viel hat der Ausfall die Airline gekostet?", null, "cli"));

        assertFalse(answer.answered());
        assertEquals("de", answer.language());
        assertTrue(answer.text().startsWith("Die Artikel"), answer.text());
        assertTrue(answer.citations().isEmpty());
        assertEquals(1, server.requests().size());
    }

    @Test
    void should_let_the_model_decide_when_passages_relate_but_the_extractive_answer_would_refuse()
            throws IOException {
        GroundedLlmAnswerer answerer = answererFor(FakeModelServer.Protocol.OPENAI);
        server.replyWith(prompt -> GroundedPrompt.NOT_ANSWERED);
        Question question = Question.fromCli("How much did the outage cost Southwest Airlines?");

        Answer answer = answerer.answer(question);

        assertFalse(application.extractiveAnswerer().answer(question).answered());
        assertEquals(1, server.requests().size());
        assertTrue(server.lastPrompt().contains("<source n=\"5\">"), server.lastPrompt());
        assertFalse(answer.answered());
    }

    @Test
    void should_stop_calling_a_failing_endpoint_until_the_pause_is_over() throws IOException {
        GroundedLlmAnswerer answerer = answererFor(FakeModelServer.Protocol.OPENAI);
        server.failWith(503);
        answerer.answer(Question.fromCli(QUESTION));
        answerer.answer(Question.fromCli(QUESTION));

        Answer whileOpen = answerer.answer(Question.fromCli(QUESTION));

        assertEquals(ExtractiveAnswerer.ADAPTER, whileOpen.adapter());
        assertEquals(2, server.requests().size());
        server.replyWith(GroundedLlmAnswererTest::groundedReply);
        clock.advance(Duration.ofSeconds(61));
        Answer afterPause = answerer.answer(Question.fromCli(QUESTION));
        assertEquals(3, server.requests().size());
        assertTrue(afterPause.grounded());
        assertEquals(ChatModelFactory.adapterName(config(FakeModelServer.Protocol.OPENAI)), afterPause.adapter());
    }

    /** Quotes the first figure of the first source that states one, whatever number retrieval gave it. */
    private static String groundedReply(String prompt) {
        Matcher source = SOURCE.matcher(prompt);
        while (source.find()) {
            String text = source.group(2).substring(source.group(2).indexOf("Text: "));
            List<StatedFigure> figures = READER.read(text, "en", null).stream()
                    .filter(figure -> figure.kind() == FigureKind.MONEY).toList();
            if (!figures.isEmpty()) {
                return "The source gives " + figures.get(0).text() + " [" + source.group(1) + "].";
            }
        }
        return "No source states a figure.";
    }

    private GroundedLlmAnswerer answererFor(FakeModelServer.Protocol protocol) throws IOException {
        server = FakeModelServer.start(protocol);
        return answerer(config(protocol));
    }

    private GroundedLlmAnswerer answerer(LlmConfig config) {
        return LlmAnswerers.grounded(config, application.extractiveAnswerer(),
                new FigureReader(FigureLexicon.load(LanguageLexicon.load())),
                ChatModelFactory.withBuiltInProviders(), Map.of("FAKE_MODEL_KEY", "sk-test"), clock, executor);
    }

    private LlmConfig config(FakeModelServer.Protocol protocol) {
        String provider = protocol.name().toLowerCase(java.util.Locale.ROOT);
        String baseUrl = server == null ? "" : server.baseUrl();
        return new LlmConfig(provider, baseUrl, "fake-model", "FAKE_MODEL_KEY", 0.0, 300,
                TIMEOUT_MILLIS / 1000.0, 5, 2, 60);
    }

    private static LlmConfig withBaseUrl(LlmConfig config, String baseUrl) {
        return new LlmConfig(config.provider(), baseUrl, config.model(), config.apiKeyEnv(), config.temperature(),
                config.maxTokens(), config.timeout(), config.maxSources(), config.breakerFailures(),
                config.breakerPause());
    }
}
