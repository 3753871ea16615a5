package dev.docket.knowledge;

import dev.docket.language.LanguageDetector;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FileChangesDuringScanTest {

    @TempDir
    Path folder;

    @Test
    void should_skip_a_file_that_disappears_after_the_folder_was_listed() throws Exception {
        Files.writeString(folder.resolve("a-stays.md"), "The first article stays where it is.");
        Files.writeString(folder.resolve("b-goes.md"), "The second article is deleted by a moderator.");
        KnowledgeScanner scanner = scanner(new ReadHook() {
            @Override
            public void beforeRead(Path file) {
                delete(file, "b-goes.md");
            }
        });

        KnowledgeScan scan = scanner.scan(folder);

        assertEquals(1, scan.documents().size());
        assertEquals("file disappeared while it was being read", scan.skipped().get(0).reason());
    }

    @Test
    void should_skip_a_file_that_changes_while_it_is_read() throws Exception {
        Files.writeString(folder.resolve("a-stays.md"), "The first article stays as it is.");
        Files.writeString(folder.resolve("b-edited.md"), "The second article is being saved by an editor.");
        KnowledgeScanner scanner = scanner(new ReadHook() {
            @Override
            public void afterRead(Path file) {
                if (file.endsWith("b-edited.md")) {
                    append(file, " More text arrives while Docket reads.");
                }
            }
        });

        KnowledgeScan scan = scanner.scan(folder);

        assertEquals(1, scan.documents().size());
        assertEquals("file changed while it was being read; run reload again once it is saved",
                scan.skipped().get(0).reason());
    }

    private static KnowledgeScanner scanner(ReadHook hook) {
        return new KnowledgeScanner(new LanguageDetector(), 420, 1_000_000, hook);
    }

    private static void delete(Path file, String name) {
        try {
            if (file.endsWith(name)) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
