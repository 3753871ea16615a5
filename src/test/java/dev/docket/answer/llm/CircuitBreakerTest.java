package dev.docket.answer.llm;

import dev.docket.testing.TestClock;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

final class CircuitBreakerTest {

    private final TestClock clock = new TestClock();
    private final CircuitBreaker breaker = new CircuitBreaker(clock, 3, Duration.ofSeconds(60));

    @Test
    void should_allow_calls_when_failures_stay_below_the_threshold() {
        breaker.recordFailure();
        breaker.recordFailure();

        assertTrue(breaker.allowsCall());
    }

    @Test
    void should_refuse_calls_when_the_threshold_of_consecutive_failures_is_reached() {
        failThreeTimes();

        assertFalse(breaker.allowsCall());
    }

    @Test
    void should_count_only_consecutive_failures() {
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordSuccess();
        breaker.recordFailure();

        assertTrue(breaker.allowsCall());
    }

    @Test
    void should_let_one_trial_call_through_when_the_pause_is_over() {
        failThreeTimes();
        clock.advance(Duration.ofSeconds(61));

        assertTrue(breaker.allowsCall());
        assertFalse(breaker.allowsCall());
    }

    @Test
    void should_close_when_the_trial_call_succeeds() {
        failThreeTimes();
        clock.advance(Duration.ofSeconds(61));
        breaker.allowsCall();

        breaker.recordSuccess();

        assertTrue(breaker.allowsCall());
        assertTrue(breaker.allowsCall());
    }

    @Test
    void should_open_for_another_pause_when_the_trial_call_fails() {
        failThreeTimes();
        clock.advance(Duration.ofSeconds(61));
        breaker.allowsCall();

        breaker.recordFailure();
        clock.advance(Duration.ofSeconds(30));

        assertFalse(breaker.allowsCall());
    }

    private void failThreeTimes() {
        breaker.recordFailure();
        breaker.recordFailure();
        breaker.recordFailure();
    }
}
