package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Answer;
import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.config.DiscordConfig;
import dev.docket.store.LoggedQuestion;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst of questions through {@link QuestionIntake}, the path every Discord question takes (rate limit, then the
 * bounded answer pool, then the question handler): each is answered or politely refused exactly once.
 */
final class QuestionBurstTest {

    private static final List<String> QUESTIONS = List.of(
            "How much did the outage cost Delta?",
            "Wie viele Flüge hat Delta gestrichen?",
            "Combien de vols Delta a-t-elle annulés ?",
            "What is the capital of Australia?");
    private static final int USERS = 40;
    private static final int QUESTIONS_PER_USER = 5;
    private static final int PER_MINUTE = 3;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-08-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private record Outcome(int n, String question, Answer answer, String rateLimited) {}

    @Test
    void should_answer_or_rate_limit_each_of_200_concurrent_questions_exactly_once() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            ExecutorService answerPool = DiscordBot.answerExecutor(DiscordConfig.defaults());
            QuestionIntake intake = new QuestionIntake(application.questionHandler(),
                    new QuestionRateLimiter(PER_MINUTE, CLOCK), answerPool);
            ExecutorService eventThreads = Executors.newFixedThreadPool(50);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int n = 0; n < USERS * QUESTIONS_PER_USER; n++) {
                int number = n;
                futures.add(eventThreads.submit(() -> {
                    start.await();
                    return ask(intake, number);
                }));
            }
            long started = System.nanoTime();
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(5, TimeUnit.MINUTES));
            }
            long wallMillis = (System.nanoTime() - started) / 1_000_000;
            eventThreads.shutdown();
            answerPool.shutdown();

            List<Outcome> answered = outcomes.stream().filter(outcome -> outcome.answer() != null).toList();
            List<Outcome> limited = outcomes.stream().filter(outcome -> outcome.rateLimited() != null).toList();
            assertEquals(USERS * QUESTIONS_PER_USER, answered.size() + limited.size());
            assertEquals(USERS * PER_MINUTE, answered.size());
            assertEquals(USERS * (QUESTIONS_PER_USER - PER_MINUTE), limited.size());
            limited.forEach(outcome -> assertTrue(outcome.rateLimited().contains(PER_MINUTE + " questions a minute"),
                    outcome.rateLimited()));
            String busy = DiscordPhrases.say("en", "busy");
            for (Outcome outcome : answered) {
                assertEquals(outcome.question(), outcome.answer().question());
                assertFalse(outcome.answer().text().equals(busy), "question " + outcome.n() + " was declined as busy");
            }
            Map<String, Long> logged = application.questionLog().all().stream()
                    .filter(question -> question.channel().equals(QuestionIntake.CHANNEL))
                    .collect(Collectors.groupingBy(LoggedQuestion::question, Collectors.counting()));
            Map<String, Long> expected = answered.stream()
                    .collect(Collectors.toMap(Outcome::question, outcome -> 1L));
            assertEquals(expected, logged);
            report(answered, wallMillis);
        }
    }

    @Test
    void should_decline_politely_as_busy_when_every_thread_is_busy_and_the_queue_is_full() throws Exception {
        DiscordConfig tiny = new DiscordConfig("https://discord.com/api/v10/", "wss://gateway.discord.gg/", List.of(),
                List.of(), List.of(), true, 20, 1, 1, 0, "");
        ExecutorService answerPool = DiscordBot.answerExecutor(tiny);
        CountDownLatch release = new CountDownLatch(1);
        answerPool.execute(() -> awaitQuietly(release));
        QuestionIntake intake = new QuestionIntake(null, new QuestionRateLimiter(20, CLOCK), answerPool);
        CompletableFuture<Answer> queued = intake.answer("a question that waits in the queue", "de", List.of(), null, null);

        Answer declined = intake.answer("one question too many", "de", List.of(), null, null).getNow(null);

        assertFalse(queued.isDone());
        assertFalse(declined.answered());
        assertEquals(DiscordPhrases.say("de", "busy"), declined.text());
        release.countDown();
        answerPool.shutdownNow();
    }

    private static Outcome ask(QuestionIntake intake, int n) throws Exception {
        String user = "user-" + (n % USERS);
        String question = QUESTIONS.get(n % QUESTIONS.size()) + " (q" + n + ")";
        Optional<Instant> retryAt = intake.admit(user);
        if (retryAt.isPresent()) {
            return new Outcome(n, question, null, intake.rateLimited(DiscordLocale.ENGLISH_US, retryAt.get()));
        }
        return new Outcome(n, question, intake.answer(question, "en", List.of(), null, null).get(5, TimeUnit.MINUTES),
                null);
    }

    private static void report(List<Outcome> answered, long wallMillis) {
        List<Long> millis = new ArrayList<>(answered.stream().map(outcome -> outcome.answer().millis()).toList());
        Collections.sort(millis);
        Function<Double, Long> percentile = p -> millis.get((int) Math.min(millis.size() - 1, p * millis.size()));
        System.out.printf("200 questions: %d answered, %d rate-limited in %d ms; answer time p50 %d ms, p95 %d ms,"
                        + " max %d ms%n", answered.size(), 200 - answered.size(), wallMillis, percentile.apply(0.5),
                percentile.apply(0.95), millis.get(millis.size() - 1));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
