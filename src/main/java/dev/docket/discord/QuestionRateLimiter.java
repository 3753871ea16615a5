package dev.docket.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Lets each user ask at most {@code questionsPerMinute} questions in any sliding minute, so one user cannot
 * keep the answer threads busy for everyone else.
 */
final class QuestionRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int USERS_BEFORE_PRUNING = 1_000;

    private final int questionsPerMinute;
    private final Clock clock;
    private final Map<String, Deque<Instant>> userToRecentQuestions = new HashMap<>();

    QuestionRateLimiter(int questionsPerMinute, Clock clock) {
        if (questionsPerMinute < 1) {
            throw new IllegalArgumentException("questionsPerMinute must be at least 1, was " + questionsPerMinute);
        }
        this.questionsPerMinute = questionsPerMinute;
        this.clock = clock;
    }

    int questionsPerMinute() {
        return questionsPerMinute;
    }

    /**
     * Counts a question by {@code userId} and returns empty, or, when the user is over the limit, counts nothing
     * and returns the instant from which the next question is accepted.
     */
    synchronized Optional<Instant> tryAcquire(String userId) {
        Instant now = clock.instant();
        if (userToRecentQuestions.size() > USERS_BEFORE_PRUNING) {
            userToRecentQuestions.values().removeIf(times -> isExpired(times.peekLast(), now));
        }
        Deque<Instant> recent = userToRecentQuestions.computeIfAbsent(userId, id -> new ArrayDeque<>());
        while (!recent.isEmpty() && isExpired(recent.peekFirst(), now)) {
            recent.removeFirst();
        }
        if (recent.size() >= questionsPerMinute) {
            return Optional.of(recent.peekFirst().plus(WINDOW));
        }
        recent.addLast(now);
        return Optional.empty();
    }

    private static boolean isExpired(Instant asked, Instant now) {
        return !asked.plus(WINDOW).isAfter(now);
    }
}
