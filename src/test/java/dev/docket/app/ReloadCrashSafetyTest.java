package dev.docket.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Answer;
import dev.docket.answer.Question;
import dev.docket.knowledge.SourceDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a {@code docket reload} child process at several moments leaves a database from which the
 * next start serves one complete generation of the knowledge, the previous or the new one, never a mix.
 *
 * <p>Every generation holds the same paragraphs (so their embeddings are cached and the child spends its time
 * writing the database) under titles that name the generation, and one more document than the generation before.
 */
final class ReloadCrashSafetyTest {

    private static final int BASE_DOCUMENTS = 150;
    private static final String QUESTION = "What does the keeper of station Brannock measure?";

    @TempDir
    Path folder;

    private final List<String> outcomes = new ArrayList<>();

    @Test
    void should_serve_one_complete_generation_after_a_reload_is_killed_at_any_moment() throws Exception {
        Path knowledge = folder.resolve("knowledge");
        Path data = folder.resolve("data");
        writeGeneration(knowledge, 1);
        try (Application application = TestApplications.open(knowledge, data)) {
            application.reloader().reload();
        }
        int stored = 1;
        stored = killedReload(knowledge, data, stored, 2, ".", 0);
        stored = killedReload(knowledge, data, stored, 3, "embedding and indexing", 0);
        stored = killedReload(knowledge, data, stored, 4, "writing .* documents", 0);
        stored = killedReload(knowledge, data, stored, 5, "writing .* documents", 100);
        stored = killedReload(knowledge, data, stored, 6, "database written", 0);
        System.out.println("kill -9 outcomes: " + outcomes);
        assertTrue(outcomes.get(outcomes.size() - 1).endsWith("new"), "a committed reload was lost: " + outcomes);

        try (Application restarted = TestApplications.open(knowledge, data)) {
            restarted.reloader().reload();
            assertEquals(6, generationOf(restarted.knowledgeBase().current().documents()));
            Answer answer = restarted.questionHandler().handle(new Question(QUESTION, null, "test"));
            assertTrue(answer.answered(), answer.text());
            assertTrue(answer.text().contains("rainfall"), answer.text());
        }
    }

    /** Starts a reload of generation {@code next}, kills it when a log line matches, returns the generation served. */
    private int killedReload(Path knowledge, Path data, int stored, int next, String killAt, long delayMillis)
            throws Exception {
        writeGeneration(knowledge, next);
        Process child = new ProcessBuilder(javaCommand(knowledge, data)).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> pump(child, lines));
        pump.start();
        boolean matched = awaitLine(lines, killAt);
        if (delayMillis > 0) {
            child.waitFor(delayMillis, TimeUnit.MILLISECONDS);
        }
        boolean aliveAtKill = child.isAlive();
        child.destroyForcibly().waitFor();
        pump.join();
        assertTrue(matched, "the child never logged '" + killAt + "': " + lines);
        int served;
        try (Application restarted = TestApplications.open(folder.resolve("not-read"), data)) {
            restarted.reloader().loadStored();
            served = generationOf(restarted.knowledgeBase().current().documents());
        }
        assertTrue(served == stored || served == next,
                "generation " + served + " served; expected " + stored + " or " + next);
        outcomes.add("at '" + killAt + "'+" + delayMillis + "ms " + (aliveAtKill ? "killed" : "had ended")
                + " -> generation " + (served == next ? "new" : "old"));
        return served;
    }

    /** The generation every document belongs to; fails on a mix or an incomplete set. */
    private static int generationOf(List<SourceDocument> documents) {
        Set<String> generations = documents.stream()
                .map(document -> document.title().replaceAll(".*generation ", ""))
                .collect(Collectors.toSet());
        assertEquals(1, generations.size(), "a mix of generations: " + generations);
        int generation = Integer.parseInt(generations.iterator().next());
        assertEquals(BASE_DOCUMENTS + generation, documents.size(), "generation " + generation + " is incomplete");
        for (SourceDocument document : documents) {
            assertTrue(document.passages().size() >= 8, document.source() + " lost passages");
        }
        return generation;
    }

    private static void writeGeneration(Path knowledge, int generation) throws IOException {
        if (Files.exists(knowledge)) {
            try (Stream<Path> files = Files.list(knowledge)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(knowledge);
        List<String> paragraphs = paragraphs();
        for (int n = 0; n < BASE_DOCUMENTS + generation; n++) {
            StringBuilder text = new StringBuilder("---\ntitle: Station log " + n + ", generation " + generation
                    + "\nlanguage: en\n---\n");
            for (int p = 0; p < 8; p++) {
                text.append(paragraphs.get((n + p * 3) % paragraphs.size())).append("\n\n");
            }
            Files.writeString(knowledge.resolve(String.format("station-%03d.md", n)), text);
        }
    }

    private static List<String> paragraphs() {
        String[] stations = {"Brannock", "Culvery", "Dunmere", "Eskholt", "Farrow", "Glenwick", "Harlan", "Ivesby",
            "Jorvale", "Kestrel", "Lowmoor", "Marden"};
        String[] measures = {"rainfall", "wind speed", "sea temperature", "fog hours", "wave height", "air pressure",
            "snow depth", "sunshine hours", "river level", "frost nights", "cloud cover", "humidity"};
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < stations.length; i++) {
            paragraphs.add("The keeper of station " + stations[i] + " measures the " + measures[i] + " every"
                    + " evening. The readings go into a ledger bound in " + (i % 2 == 0 ? "blue" : "green")
                    + " cloth. Station " + stations[i] + " has kept such ledgers for " + (40 + i) + " years.");
        }
        return paragraphs;
    }

    private static List<String> javaCommand(Path knowledge, Path data) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(java, "-Xmx512m", "-DDOCKET_LOG_LEVEL=DEBUG", "-cp", classPath, "dev.docket.Docket",
                "--knowledge", knowledge.toString(), "--data", data.toString(), "reload");
    }

    private static void pump(Process child, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(output ended: " + e.getMessage() + ")");
        }
        lines.add("(end)");
    }

    private static boolean awaitLine(BlockingQueue<String> lines, String pattern) throws InterruptedException {
        Pattern regex = Pattern.compile(pattern);
        while (true) {
            String line = lines.poll(120, TimeUnit.SECONDS);
            if (line == null || line.equals("(end)")) {
                return false;
            }
            if (regex.matcher(line).find()) {
                return true;
            }
        }
    }
}
