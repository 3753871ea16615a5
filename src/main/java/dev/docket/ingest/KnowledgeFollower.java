package dev.docket.ingest;

import dev.docket.store.VersionSignals;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a process on the newest knowledge version that any process sharing the store wrote: it wakes on the
 * store's announcement of a new version, or every {@code pollInterval} when announcements are not delivered, and
 * lets {@link KnowledgeReloader#followStored()} rebuild the index from the store and swap it in. While the store
 * cannot be reached it keeps the served knowledge and says so once, and once more when the store is back.
 */
public final class KnowledgeFollower implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeFollower.class);

    private final KnowledgeReloader reloader;
    private final VersionSignals signals;
    private final Duration pollInterval;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;
    private boolean storeLost;

    public KnowledgeFollower(KnowledgeReloader reloader, VersionSignals signals, Duration pollInterval) {
        this.reloader = reloader;
        this.signals = signals;
        this.pollInterval = pollInterval;
        this.thread = new Thread(this::follow, "knowledge-follower");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void follow() {
        while (running.get()) {
            try {
                signals.await(pollInterval);
                reloader.followStored();
                if (storeLost) {
                    storeLost = false;
                    log.info("the store is reachable again; following its knowledge versions");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!storeLost) {
                    storeLost = true;
                    log.warn("new knowledge versions cannot be read from the store; the {} served here stays"
                            + " until it is back: {}", describeServed(), e.getMessage());
                }
            }
        }
    }

    private String describeServed() {
        long version = reloader.servedVersion();
        return version < 0 ? "knowledge" : "knowledge version " + version;
    }

    @Override
    public void close() {
        running.set(false);
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        signals.close();
    }
}
