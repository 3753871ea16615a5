package dev.docket.discord.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A thread-safe log of what the bot sent, with bounded waits for an entry that matches. */
public final class Recorder<T> {

    private final List<T> entries = new ArrayList<>();

    synchronized void add(T entry) {
        entries.add(entry);
        notifyAll();
    }

    private static String abbreviate(Object entry) {
        String text = String.valueOf(entry);
        return text.length() <= 160 ? text : text.substring(0, 160) + "...";
    }

    public synchronized List<T> all() {
        return List.copyOf(entries);
    }

    /** The first entry matching {@code condition}, waiting at most {@code timeout} for it to arrive. */
    public synchronized T await(Predicate<T> condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (T entry : entries) {
                if (condition.test(entry)) {
                    return entry;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("the bot did not send " + what + " within " + timeout.toMillis()
                        + " ms; it sent: " + entries.stream().map(Recorder::abbreviate).toList());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
