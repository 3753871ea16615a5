package dev.docket.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KnowledgeWatcherTest {

    private static final Duration SETTLE = Duration.ofSeconds(2);

    @TempDir
    Path folder;

    /** Delayed tasks, run when the test says the settle time has passed. */
    private final List<FutureTask<Void>> delayed = new ArrayList<>();
    private final CountDownLatch scheduled = new CountDownLatch(1);

    private final KnowledgeWatcher.Delayer delayer = (delay, task) -> {
        assertEquals(SETTLE, delay);
        FutureTask<Void> future = new FutureTask<>(task, null);
        synchronized (delayed) {
            delayed.add(future);
        }
        scheduled.countDown();
        return future;
    };

    @Test
    void should_reload_once_and_tell_listeners_when_a_burst_of_changes_settles() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            List<String> told = new ArrayList<>();
            KnowledgeWatcher watcher = new KnowledgeWatcher(knowledge, application.reloader(), delayer, SETTLE);
            watcher.addListener(new KnowledgeWatcher.Listener() {
                @Override
                public void reloaded(ReloadReport report) {
                    told.add(String.join(",", report.added()));
                }

                @Override
                public void failed(String reason) {
                    told.add("failed: " + reason);
                }
            });
            Files.writeString(knowledge.resolve("widgets.md"), "# Widgets\n\nThe factory made over 2,000 widgets.\n");

            watcher.changed();
            watcher.changed();
            watcher.changed();
            delayed.forEach(FutureTask::run);

            assertEquals(3, delayed.size());
            assertEquals(2, delayed.stream().filter(FutureTask::isCancelled).count(), "earlier changes wait");
            assertEquals(1, told.size(), told.toString());
            assertTrue(told.get(0).endsWith("widgets.md"), told.toString());
            watcher.close();
        }
    }

    @Test
    void should_note_a_change_when_a_file_is_added_to_the_watched_folder() throws Exception {
        Path knowledge = Files.createDirectories(folder.resolve("knowledge"));
        try (KnowledgeWatcher watcher = new KnowledgeWatcher(knowledge, null, delayer, SETTLE)) {
            watcher.start();

            Files.writeString(knowledge.resolve("new.md"), "text");

            assertTrue(scheduled.await(30, TimeUnit.SECONDS), "the change was never noticed");
        }
    }
}
