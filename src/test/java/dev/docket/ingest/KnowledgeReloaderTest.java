package dev.docket.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.retrieval.KnowledgeIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KnowledgeReloaderTest {

    @TempDir
    Path folder;

    @Test
    void should_embed_nothing_when_the_folder_is_unchanged() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            ReloadReport first = application.reloader().reload();
            ReloadReport second = application.reloader().reload();

            assertEquals(5, first.added().size());
            assertTrue(first.embedded() > 0);
            assertEquals(0, second.embedded());
            assertEquals(5, second.unchanged().size());
        }
    }

    @Test
    void should_keep_the_live_index_when_the_folder_is_unchanged() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            KnowledgeIndex before = application.knowledgeBase().current();

            ReloadReport report = application.reloader().reload();

            assertSame(before, application.knowledgeBase().current());
            assertEquals(before.passages().size(), report.passages());
        }
    }

    @Test
    void should_reuse_cached_embeddings_after_a_restart() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
        }
        try (Application restarted = TestApplications.open(knowledge, folder.resolve("data"))) {
            ReloadReport report = restarted.reloader().reload();

            assertEquals(0, report.embedded());
            assertEquals(5, report.documents());
        }
    }

    @Test
    void should_report_added_changed_and_removed_files() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            Path anyFile = Files.list(knowledge).sorted().findFirst().orElseThrow();
            Files.delete(anyFile);
            Path another = Files.list(knowledge).sorted().findFirst().orElseThrow();
            Files.writeString(another, Files.readString(another) + "\nOne more sentence was added today.");
            Files.writeString(knowledge.resolve("new.md"), "A new article arrived. It says little.");

            ReloadReport report = application.reloader().reload();

            assertEquals(1, report.added().size());
            assertEquals(1, report.changed().size());
            assertEquals(1, report.removed().size());
        }
    }

    @Test
    void should_keep_serving_the_previous_version_when_a_file_becomes_unreadable() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            Path anyFile = Files.list(knowledge).sorted().findFirst().orElseThrow();
            Files.writeString(anyFile, "---\ntitle: [broken\n---\nText.");

            ReloadReport report = application.reloader().reload();

            assertEquals(1, report.skipped().size());
            assertEquals(1, report.kept().size());
            assertEquals(5, application.knowledgeBase().current().documents().size());
        }
    }

    @Test
    void should_serve_the_stored_knowledge_without_reading_the_folder() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
        }
        try (Application restarted = TestApplications.open(folder.resolve("gone"), folder.resolve("data"))) {
            assertEquals(5, restarted.reloader().loadStored());
        }
    }
}
