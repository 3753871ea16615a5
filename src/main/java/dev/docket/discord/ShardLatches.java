package dev.docket.discord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts this process's shards through READY and shutdown: the bot is ready when each shard was ready once, and
 * shut down when every shard has stopped (Discord ended its session for good) or the bot was closed.
 */
final class ShardLatches {

    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch shutdown = new CountDownLatch(1);
    private final AtomicInteger readyShards = new AtomicInteger();
    private final AtomicInteger stoppedShards = new AtomicInteger();
    private volatile int expected;

    ShardLatches(List<Integer> shardIds) {
        this.expected = shardIds.isEmpty() ? Integer.MAX_VALUE : shardIds.size();
    }

    /** The number of shards, once JDA knows it (Discord's recommendation when none was configured). */
    void expect(int shards) {
        expected = shards;
        if (readyShards.get() >= shards) {
            ready.countDown();
        }
        if (stoppedShards.get() >= shards) {
            shutdown.countDown();
        }
    }

    void ready() {
        if (readyShards.incrementAndGet() >= expected) {
            ready.countDown();
        }
    }

    void shutDown() {
        if (stoppedShards.incrementAndGet() >= expected) {
            shutdown.countDown();
        }
    }

    void closed() {
        shutdown.countDown();
    }

    boolean awaitReady(Duration bound) throws InterruptedException {
        return ready.await(bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    void awaitShutdown() throws InterruptedException {
        shutdown.await();
    }
}
