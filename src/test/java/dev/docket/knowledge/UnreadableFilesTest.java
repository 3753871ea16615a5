package dev.docket.knowledge;

import dev.docket.language.LanguageDetector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File permissions mean nothing to root, so these run only as an ordinary user. */
final class UnreadableFilesTest {

    private final KnowledgeScanner scanner = new KnowledgeScanner(new LanguageDetector(), 420, 1_000_000);

    @TempDir
    Path folder;

    @BeforeEach
    void requireAnOrdinaryUser() {
        assumeFalse("root".equals(System.getProperty("user.name")), "permissions do not apply to root");
    }

    @Test
    void should_skip_a_file_without_read_permission_and_read_the_rest() throws Exception {
        Files.writeString(folder.resolve("readable.md"), "An article anyone may read.");
        Path locked = Files.writeString(folder.resolve("locked.md"), "An article nobody may read.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        KnowledgeScan scan = scanner.scan(folder);

        assertEquals(1, scan.documents().size());
        assertEquals("file is not readable (permission denied); fix its permissions", scan.skipped().get(0).reason());
    }

    @Test
    void should_skip_a_folder_without_read_permission_and_read_the_rest() throws Exception {
        Files.writeString(folder.resolve("readable.md"), "An article anyone may read.");
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.writeString(locked.resolve("inside.md"), "An article in a locked folder.");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        KnowledgeScan scan = scanner.scan(folder);

        assertEquals(1, scan.documents().size());
        assertEquals("not readable (permission denied); fix its permissions", scan.skipped().get(0).reason());
    }
}
