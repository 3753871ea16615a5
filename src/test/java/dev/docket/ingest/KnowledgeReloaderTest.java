package dev.docket.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.retrieval.KnowledgeIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
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

    @Test
    void should_trust_a_file_whose_size_and_time_are_unchanged_without_reading_it() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        Path file = settle(knowledge, anHourAgo);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            KnowledgeIndex before = application.knowledgeBase().current();
            sameSizeEdit(file, anHourAgo);

            ReloadReport trusted = application.reloader().reload();
            assertSame(before, application.knowledgeBase().current());
            assertEquals(5, trusted.unchanged().size());

            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            ReloadReport touched = application.reloader().reload();
            assertEquals(List.of(knowledge.getFileName() + "/" + file.getFileName()), touched.changed());
        }
    }

    @Test
    void should_read_a_file_again_when_its_time_is_not_safely_before_the_reload() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        FileTime notBefore = FileTime.from(Instant.now().plus(Duration.ofMinutes(1)));
        Path file = settle(knowledge, notBefore);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            sameSizeEdit(file, notBefore);

            ReloadReport report = application.reloader().reload();

            assertEquals(List.of(knowledge.getFileName() + "/" + file.getFileName()), report.changed());
        }
    }

    /** Gives every file {@code time}; returns the first file. */
    private static Path settle(Path knowledge, FileTime time) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(knowledge)) {
            files = listed.sorted().toList();
        }
        for (Path file : files) {
            Files.setLastModifiedTime(file, time);
        }
        return files.get(0);
    }

    /** Changes one letter of {@code file}'s last sentence, keeping its size, and gives it {@code time} again. */
    private static void sameSizeEdit(Path file, FileTime time) throws IOException {
        String text = Files.readString(file);
        int last = text.stripTrailing().length() - 2;
        char replaced = text.charAt(last) == 'x' ? 'y' : 'x';
        Files.writeString(file, text.substring(0, last) + replaced + text.substring(last + 1));
        Files.setLastModifiedTime(file, time);
    }
}
