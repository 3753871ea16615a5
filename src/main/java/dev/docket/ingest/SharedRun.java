package dev.docket.ingest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a task for one caller at a time; callers arriving while it runs wait for that run and share its result or
 * its failure instead of starting another. A caller arriving after a run ended starts a new one.
 */
final class SharedRun<T> {

    private final AtomicReference<CompletableFuture<T>> running = new AtomicReference<>();

    /** The result of {@code task}, run now, or of the run already under way (then {@code joined} is called first). */
    T run(Supplier<T> task, Runnable joined) {
        CompletableFuture<T> own = new CompletableFuture<>();
        CompletableFuture<T> other = running.compareAndExchange(null, own);
        if (other != null) {
            joined.run();
            return resultOf(other);
        }
        T result;
        try {
            result = task.get();
        } catch (RuntimeException | Error e) {
            running.set(null);
            own.completeExceptionally(e);
            throw e;
        }
        running.set(null);
        own.complete(result);
        return result;
    }

    private static <T> T resultOf(CompletableFuture<T> other) {
        try {
            return other.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
