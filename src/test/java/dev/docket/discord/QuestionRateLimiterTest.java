package dev.docket.discord;

import dev.docket.testing.TestClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class QuestionRateLimiterTest {

    private static final Instant START = Instant.parse("2025-01-01T12:00:00Z");

    private final TestClock clock = new TestClock(START);
    private final QuestionRateLimiter limiter = new QuestionRateLimiter(2, clock);

    @Test
    void should_admit_questions_up_to_the_limit_when_a_user_asks_within_a_minute() {
        assertTrue(limiter.tryAcquire("alice").isEmpty());
        clock.advance(Duration.ofSeconds(10));
        assertTrue(limiter.tryAcquire("alice").isEmpty());
    }

    @Test
    void should_say_when_the_oldest_question_leaves_the_window_when_the_user_is_over_the_limit() {
        limiter.tryAcquire("alice");
        clock.advance(Duration.ofSeconds(10));
        limiter.tryAcquire("alice");
        clock.advance(Duration.ofSeconds(5));

        Optional<Instant> retryAt = limiter.tryAcquire("alice");

        assertEquals(Optional.of(START.plusSeconds(60)), retryAt);
    }

    @Test
    void should_admit_again_when_a_minute_has_passed() {
        limiter.tryAcquire("alice");
        limiter.tryAcquire("alice");

        clock.advance(Duration.ofSeconds(60));

        assertTrue(limiter.tryAcquire("alice").isEmpty());
    }

    @Test
    void should_count_each_user_separately_when_one_user_is_over_the_limit() {
        limiter.tryAcquire("alice");
        limiter.tryAcquire("alice");

        assertTrue(limiter.tryAcquire("alice").isPresent());
        assertTrue(limiter.tryAcquire("bob").isEmpty());
    }

    @Test
    void should_not_count_refused_questions_when_the_user_keeps_asking() {
        limiter.tryAcquire("alice");
        limiter.tryAcquire("alice");
        for (int i = 0; i < 5; i++) {
            limiter.tryAcquire("alice");
        }

        clock.advance(Duration.ofSeconds(60));

        assertTrue(limiter.tryAcquire("alice").isEmpty());
        assertTrue(limiter.tryAcquire("alice").isEmpty());
    }

}
