package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Lucene index is memory-mapped from temporary files that are gone as soon as it is open. */
final class IndexFilesTest {

    @TempDir
    Path data;

    private static Set<Path> indexFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("docket-index-"))
                    .collect(Collectors.toSet());
        }
    }

    /**
     * The index folders created since {@code before} that are still there after a short wait: another Docket
     * process on the machine (an evaluation run beside the build) may be opening an index at the same moment, and
     * its folder is gone as soon as its index is open; one left behind stays.
     */
    private static Set<Path> newIndexFoldersThatStay(Set<Path> before) throws IOException {
        Set<Path> created = Set.of();
        for (int look = 0; look < 20; look++) {
            created = indexFolders();
            created.removeAll(before);
            if (created.isEmpty()) {
                return created;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return created;
            }
        }
        return created;
    }

    @Test
    void should_leave_no_index_files_behind_after_reloads() throws IOException {
        Set<Path> before = indexFolders();
        try (Application application = TestApplications.open(Path.of("knowledge"), data)) {
            application.reloader().reload();
            assertTrue(application.reloader().reload().passages() > 0);

            assertEquals(Set.of(), newIndexFoldersThatStay(before));
            assertTrue(application.questionHandler().handle(
                    dev.docket.answer.Question.fromCli("How many flights did Delta cancel?")).answered());
        }
    }
}
