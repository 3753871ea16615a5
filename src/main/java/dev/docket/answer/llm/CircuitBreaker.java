package dev.docket.answer.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a model endpoint that keeps failing. After {@code failureThreshold} consecutive failures the
 * breaker opens: no calls for {@code pause}. Then one call is let through; its success closes the breaker, its
 * failure opens it for another pause. Thread-safe; time comes from the injected {@link Clock}.
 */
final class CircuitBreaker {

    private final Clock clock;
    private final int failureThreshold;
    private final Duration pause;
    private int consecutiveFailures;
    private Instant closedAgainAt = Instant.MIN;

    CircuitBreaker(Clock clock, int failureThreshold, Duration pause) {
        this.clock = clock;
        this.failureThreshold = failureThreshold;
        this.pause = pause;
    }

    /** True if a call may go out now; after a pause, only the first caller gets through to try the endpoint. */
    synchronized boolean allowsCall() {
        if (consecutiveFailures < failureThreshold) {
            return true;
        }
        Instant now = clock.instant();
        if (now.isBefore(closedAgainAt)) {
            return false;
        }
        closedAgainAt = now.plus(pause);
        return true;
    }

    synchronized void recordSuccess() {
        consecutiveFailures = 0;
        closedAgainAt = Instant.MIN;
    }

    synchronized void recordFailure() {
        consecutiveFailures++;
        if (consecutiveFailures >= failureThreshold) {
            closedAgainAt = clock.instant().plus(pause);
        }
    }

    /** When the breaker lets calls through again, for the log; {@link Instant#MIN} while closed. */
    synchronized Instant closedAgainAt() {
        return consecutiveFailures >= failureThreshold ? closedAgainAt : Instant.MIN;
    }
}
