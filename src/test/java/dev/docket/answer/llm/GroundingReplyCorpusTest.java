package dev.docket.answer.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Answer;
import dev.docket.answer.ExtractiveAnswerer;
import dev.docket.answer.Question;
import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.config.LlmConfig;
import dev.docket.figures.FigureLexicon;
import dev.docket.figures.FigureReader;
import dev.docket.language.LanguageLexicon;
import dev.docket.testing.TestClock;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replies in the styles current chat models write, faithful and unfaithful, in English, German and French, sent
 * through the real answer path: the real OpenAI client against {@link FakeModelServer} on 127.0.0.1, the real
 * retrieval over the shipped knowledge, the real grounding check. A faithful reply must be shown as written; an
 * unfaithful one must give the extractive answer instead. The corpus is {@code grounding/replies.txt}: a citation
 * {@code [@words]} becomes the number of the given source whose text contains those words, so the cases do not
 * depend on retrieval's ranking. A reply counts as shown when the answer is the model's (a reply citing nothing
 * becomes a refusal, not an answer). Rates per style are printed at the end (docs/grounding.md).
 */
final class GroundingReplyCorpusTest {

    private static final Pattern ANCHOR = Pattern.compile("@([^\\]@,]+?)(?=\\s*[\\],]|-@)");
    private static final Pattern SOURCE = Pattern.compile("<source n=\"(\\d+)\">(.*?)</source>", Pattern.DOTALL);
    private static final Map<String, int[]> STYLE_TO_COUNTS = new TreeMap<>();

    @TempDir
    static Path data;

    private static Application application;
    private static ExecutorService executor;
    private static FakeModelServer server;
    private static GroundedLlmAnswerer answerer;

    /** One reply: its style, whether it is faithful to its cited sources, the question, and the reply. */
    record Case(String style, boolean faithful, String language, String question, String reply) {

        @Override
        public String toString() {
            return style + " " + language + (faithful ? " faithful: " : " unfaithful: ")
                    + reply.replace('\n', ' ');
        }
    }

    @BeforeAll
    static void start() throws IOException {
        application = TestApplications.open(Path.of("knowledge"), data);
        application.reloader().reload();
        executor = Executors.newCachedThreadPool();
        server = FakeModelServer.start(FakeModelServer.Protocol.OPENAI);
        LlmConfig config = new LlmConfig("openai", server.baseUrl(), "fake-model", "FAKE_MODEL_KEY", 0.0, 300, 10, 8,
                1000, 60);
        answerer = LlmAnswerers.grounded(config, application.extractiveAnswerer(),
                new FigureReader(FigureLexicon.load(LanguageLexicon.load())),
                ChatModelFactory.withBuiltInProviders(), Map.of("FAKE_MODEL_KEY", "sk-test"), new TestClock(),
                executor);
    }

    @AfterAll
    static void stop() {
        StringBuilder table = new StringBuilder("\n| style | faithful | falsely rejected | unfaithful | falsely accepted |\n"
                + "|---|---|---|---|---|\n");
        int[] total = new int[4];
        STYLE_TO_COUNTS.forEach((style, counts) -> {
            table.append("| ").append(style).append(" | ").append(counts[0]).append(" | ").append(counts[1])
                    .append(" | ").append(counts[2]).append(" | ").append(counts[3]).append(" |\n");
            for (int i = 0; i < 4; i++) {
                total[i] += counts[i];
            }
        });
        table.append("| all | ").append(total[0]).append(" | ").append(total[1]).append(" | ").append(total[2])
                .append(" | ").append(total[3]).append(" |\n");
        System.out.println(table);
        server.close();
        executor.shutdownNow();
        application.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void should_show_faithful_replies_and_answer_extractively_instead_of_unfaithful_ones(Case reply) {
        List<String> unmatched = new ArrayList<>();
        List<String> sent = new ArrayList<>();
        server.replyWith(prompt -> {
            sent.add(cited(reply.reply(), prompt, unmatched));
            return sent.get(0);
        });

        Answer answer = answerer.answer(new Question(reply.question(), reply.language(), "cli"));

        assertEquals(1, sent.size(), "the model was not asked: retrieval found the question unanswerable");
        assertTrue(unmatched.isEmpty(), "no given source contains " + unmatched);
        boolean shown = answer.answered() && !answer.adapter().equals(ExtractiveAnswerer.ADAPTER);
        int[] counts = STYLE_TO_COUNTS.computeIfAbsent(reply.style(), style -> new int[4]);
        counts[reply.faithful() ? 0 : 2]++;
        if (shown != reply.faithful()) {
            counts[reply.faithful() ? 1 : 3]++;
        }
        assertEquals(reply.faithful(), shown, sent.get(0));
    }

    static Stream<Case> corpus() throws IOException {
        String text;
        try (InputStream in = GroundingReplyCorpusTest.class.getResourceAsStream("/grounding/replies.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> keyToQuestion = new TreeMap<>();
        List<Case> cases = new ArrayList<>();
        String[] header = null;
        StringBuilder reply = new StringBuilder();
        for (String line : (text + "\n=== end").split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("Q ")) {
                String[] cells = line.substring(2).split("\\|", 2);
                keyToQuestion.put(cells[0].strip(), cells[1].strip());
            } else if (line.startsWith("=== ")) {
                if (header != null) {
                    String question = keyToQuestion.get(header[2]);
                    cases.add(new Case(header[0], header[1].equals("ok"), header[2].substring(0, 2), question,
                            reply.toString().strip()));
                }
                header = line.substring(4).strip().split("\\s+");
                reply.setLength(0);
            } else if (header != null) {
                reply.append(line).append('\n');
            }
        }
        return cases.stream();
    }

    /** The reply with each {@code @words} citation replaced by the number of the source containing the words. */
    private static String cited(String reply, String prompt, List<String> unmatched) {
        Map<Integer, String> numberToText = new TreeMap<>();
        Matcher source = SOURCE.matcher(prompt);
        while (source.find()) {
            numberToText.put(Integer.parseInt(source.group(1)), source.group(2));
        }
        Matcher anchor = ANCHOR.matcher(reply);
        StringBuilder text = new StringBuilder();
        while (anchor.find()) {
            String words = anchor.group(1).strip();
            int n = numberToText.entrySet().stream().filter(entry -> entry.getValue().contains(words))
                    .mapToInt(Map.Entry::getKey).findFirst().orElse(0);
            if (n == 0) {
                unmatched.add(words);
            }
            anchor.appendReplacement(text, String.valueOf(n));
        }
        anchor.appendTail(text);
        return text.toString();
    }
}
