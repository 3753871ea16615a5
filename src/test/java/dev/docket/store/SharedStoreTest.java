package dev.docket.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.knowledge.Passage;
import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import dev.docket.testing.PostgresServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** What processes sharing a PostgreSQL store see of each other: the reload lock and version announcements. */
final class SharedStoreTest {

    private static StoreLocation freshDatabase() {
        return new StoreLocation(PostgresServer.shared().newDatabase(), "docket", "");
    }

    private static SourceDocument document(String text) {
        Passage passage = new Passage(0, 0, text.length(), text, List.of(new Sentence(0, text.length(), text)));
        return new SourceDocument("knowledge/widgets.md", "Widgets", null, "en", null, null, text, "c".repeat(64),
                List.of(passage));
    }

    @Test
    void should_make_the_second_reload_wait_and_say_so_when_another_process_holds_the_lock() throws Exception {
        StoreLocation location = freshDatabase();
        try (Database one = Database.open(location); Database other = Database.open(location)) {
            ReloadLock.Held held = new ReloadLock(one, Clock.systemUTC()).acquire();
            CountDownLatch asking = new CountDownLatch(1);
            CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> {
                asking.countDown();
                try (ReloadLock.Held second = new ReloadLock(other, Clock.systemUTC()).acquire()) {
                    return second.waitedMillis();
                }
            });
            asking.await();
            Thread.sleep(300);

            assertFalse(waited.isDone());
            held.close();
            assertTrue(waited.get() >= 300, "waited " + waited.get() + " ms");
        }
    }

    @Test
    void should_take_the_lock_at_once_when_no_other_process_reloads() {
        try (Database database = Database.open(freshDatabase());
                ReloadLock.Held held = new ReloadLock(database, Clock.systemUTC()).acquire()) {
            assertEquals(0, held.waitedMillis());
        }
    }

    @Test
    void should_announce_a_new_version_to_a_listening_process_when_knowledge_is_written() throws Exception {
        StoreLocation location = freshDatabase();
        try (Database writer = Database.open(location); Database reader = Database.open(location);
                VersionSignals signals = new VersionSignals(reader)) {
            assertFalse(signals.await(Duration.ofMillis(50)));

            new KnowledgeStore(writer, Clock.systemUTC()).replaceAll(List.of(document("Over 2,000 widgets.")));

            assertTrue(signals.await(Duration.ofSeconds(5)));
            assertEquals(1, new KnowledgeStore(reader, Clock.systemUTC()).version());
        }
    }
}
