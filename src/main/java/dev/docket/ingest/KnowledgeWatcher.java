package dev.docket.ingest;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With {@code knowledge-watch: true}: edits to the knowledge folder (and its subfolders) reload it by themselves
 * once they settle, that is when no further change came for the settle time, so a copy of many files is one
 * reload. The report goes to the log and to every {@link Listener} (the Discord admin channel). Time is injected
 * as a {@link Delayer}, so tests run the settled reload when they choose and never sleep.
 */
public final class KnowledgeWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeWatcher.class);

    /** Runs {@code task} after {@code delay}; the returned future cancels it. */
    @FunctionalInterface
    public interface Delayer {
        Future<?> after(Duration delay, Runnable task);
    }

    /** Told what a settled change did. Called on the watcher's thread; must not block for long. */
    public interface Listener {
        void reloaded(ReloadReport report);

        void failed(String reason);
    }

    private final Path folder;
    private final KnowledgeReloader reloader;
    private final Delayer delayer;
    private final Duration settle;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Future<?> pending;
    private WatchService watchService;

    public KnowledgeWatcher(Path folder, KnowledgeReloader reloader, Delayer delayer, Duration settle) {
        this.folder = folder;
        this.reloader = reloader;
        this.delayer = delayer;
        this.settle = settle;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /** Starts watching the folder on a daemon thread; a folder that cannot be watched is logged, not fatal. */
    public void start() {
        try {
            watchService = FileSystems.getDefault().newWatchService();
            registerTree(folder);
        } catch (IOException e) {
            log.warn("knowledge-watch: {} cannot be watched ({}); reload by hand with reload or /reload", folder,
                    e.getMessage());
            return;
        }
        Thread thread = new Thread(this::watch, "knowledge-watch");
        thread.setDaemon(true);
        thread.start();
        log.info("watching {} for changes; they are reloaded {} s after they settle", folder, settle.toSeconds());
    }

    /** Notes a change: the reload runs once no further change came for the settle time. */
    public synchronized void changed() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = delayer.after(settle, this::reloadSettled);
    }

    private void reloadSettled() {
        synchronized (this) {
            pending = null;
        }
        try {
            ReloadReport report = reloader.reload();
            log.info("knowledge folder changed; {}", report.describe().strip());
            listeners.forEach(listener -> tell(() -> listener.reloaded(report)));
        } catch (RuntimeException e) {
            log.warn("knowledge folder changed, but the reload failed: {}; the previous knowledge is still served",
                    e.getMessage());
            listeners.forEach(listener -> tell(() -> listener.failed(e.getMessage())));
        }
    }

    /** A listener that fails is logged; the others are still told. */
    private static void tell(Runnable notice) {
        try {
            notice.run();
        } catch (RuntimeException e) {
            log.warn("a knowledge-watch listener failed", e);
        }
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name && key.watchable() instanceof Path parent
                            && Files.isDirectory(parent.resolve(name))) {
                        registerTree(parent.resolve(name));
                    }
                }
                key.reset();
                changed();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            log.debug("stopped watching {}", folder);
        } catch (IOException e) {
            log.warn("knowledge-watch stopped: {}; reload by hand with reload or /reload", e.getMessage());
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path each : folders.filter(Files::isDirectory).toList()) {
                each.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                log.debug("closing the knowledge watch", e);
            }
        }
    }
}
