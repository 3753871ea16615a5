package dev.docket.knowledge;

import dev.docket.language.LanguageDetector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class KnowledgeScannerTest {

    private final KnowledgeScanner scanner = new KnowledgeScanner(new LanguageDetector(), 420, 1_000_000);

    @Test
    void should_read_every_shipped_article_with_snippets_that_are_exact_file_text() throws Exception {
        KnowledgeScan scan = scanner.scan(Path.of("knowledge"));

        assertEquals(5, scan.documents().size());
        assertTrue(scan.skipped().isEmpty(), scan.skipped().toString());
        for (SourceDocument document : scan.documents()) {
            String file = Files.readString(Path.of(document.source()), StandardCharsets.UTF_8);
            for (Passage passage : document.passages()) {
                for (Sentence sentence : passage.sentences()) {
                    assertEquals(file.substring(sentence.start(), sentence.end()), sentence.text());
                }
            }
        }
    }

    @Test
    void should_take_title_outlet_and_language_from_front_matter() {
        SourceDocument secureWorld = scanner.scan(Path.of("knowledge")).documents().stream()
                .filter(document -> "SecureWorld News".equals(document.outlet()))
                .findFirst()
                .orElseThrow();

        assertEquals("en", secureWorld.language());
        assertEquals("2024-08-06", secureWorld.date());
    }

    @Test
    void should_skip_bad_files_with_a_reason_and_read_the_rest(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("good.md"), "A good article about an outage. It has two sentences.");
        Files.writeString(folder.resolve("empty.md"), "");
        Files.writeString(folder.resolve("blank.txt"), "   \n\n  ");
        Files.write(folder.resolve("binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Files.write(folder.resolve("latin1.txt"), "Fran\u00e7ais".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("typo.md"), "---\ntitel: x\n---\nBody text.");
        Files.writeString(folder.resolve("copy.md"), "A good article about an outage. It has two sentences.");
        Files.writeString(folder.resolve("notes.docx"), "not supported");

        KnowledgeScan scan = scanner.scan(folder);

        Map<String, String> sourceToReason = scan.skipped().stream()
                .collect(Collectors.toMap(file -> file.source().replaceAll(".*/", ""), SkippedFile::reason));
        assertEquals(1, scan.documents().size());
        assertEquals("file is empty", sourceToReason.get("empty.md"));
        assertEquals("file holds only whitespace", sourceToReason.get("blank.txt"));
        assertTrue(sourceToReason.get("binary.txt").startsWith("file looks binary"));
        assertTrue(sourceToReason.get("latin1.txt").startsWith("file is not valid UTF-8"));
        assertTrue(sourceToReason.get("typo.md").contains("unknown key 'titel'"));
        assertTrue(sourceToReason.get("good.md") != null ^ sourceToReason.get("copy.md") != null);
        assertTrue(sourceToReason.get("notes.docx").startsWith("unsupported file type"));
    }

    @Test
    void should_read_utf16_text_when_it_starts_with_a_byte_order_mark(@TempDir Path folder) throws Exception {
        Files.write(folder.resolve("utf16.txt"), "\uFEFFÜber den Ausfall wurde berichtet.".getBytes(StandardCharsets.UTF_16BE));

        KnowledgeScan scan = scanner.scan(folder);

        assertEquals(1, scan.documents().size());
        assertEquals("de", scan.documents().get(0).language());
    }

    @Test
    void should_report_a_missing_folder_instead_of_failing(@TempDir Path folder) {
        KnowledgeScan scan = scanner.scan(folder.resolve("nowhere"));

        assertTrue(scan.documents().isEmpty());
        assertTrue(scan.skipped().get(0).reason().startsWith("knowledge folder does not exist"));
    }
}
