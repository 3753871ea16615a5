package dev.docket.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

final class SharedRunTest {

    private final SharedRun<String> runs = new SharedRun<>();
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch joined = new CountDownLatch(1);
    private final AtomicInteger runCount = new AtomicInteger();

    @Test
    void should_share_the_failure_of_the_running_task_when_a_second_caller_joins() throws Exception {
        IllegalStateException failure = new IllegalStateException("disk full");
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> runs.run(() -> {
            runCount.incrementAndGet();
            started.countDown();
            await(release);
            throw failure;
        }, () -> {}));
        started.await();
        CompletableFuture<String> second = CompletableFuture.supplyAsync(
                () -> runs.run(() -> "a second run", joined::countDown));
        joined.await();
        release.countDown();

        ExecutionException firstError = assertThrows(ExecutionException.class, first::get);
        ExecutionException secondError = assertThrows(ExecutionException.class, second::get);

        assertSame(failure, firstError.getCause());
        assertSame(failure, secondError.getCause());
        assertEquals(1, runCount.get());
    }

    @Test
    void should_run_again_when_a_caller_arrives_after_the_run_ended() {
        assertEquals("one", runs.run(() -> "one", () -> {}));
        assertEquals("two", runs.run(() -> "two", () -> {}));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
