package dev.docket.knowledge;

import dev.docket.language.LanguageDetector;
import dev.docket.testing.TestPdfs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class TikaFormatsTest {

    private final KnowledgeScanner scanner = new KnowledgeScanner(new LanguageDetector(), 420, 1_000_000);

    @TempDir
    Path folder;

    @Test
    void should_read_html_text_and_title_but_never_scripts() throws Exception {
        Files.writeString(folder.resolve("page.html"), "<html><head><title>Outage report</title>"
                + "<script>var secret = 'never text';</script></head><body><h1>Outage</h1>"
                + "<p>The airline cancelled many flights after the update.</p></body></html>");

        SourceDocument document = scanner.scan(folder).documents().get(0);

        assertEquals("Outage report", document.title());
        assertTrue(document.text().contains("The airline cancelled many flights"), document.text());
        assertFalse(document.text().contains("never text"), document.text());
    }

    @Test
    void should_read_the_text_of_a_pdf() throws Exception {
        TestPdfs.write(folder.resolve("filing.pdf"), "The court filing was submitted on Monday.", null);

        KnowledgeScan scan = scanner.scan(folder);

        assertEquals(1, scan.documents().size(), scan.skipped().toString());
        String sentence = scan.documents().get(0).passages().get(0).sentences().get(0).text();
        assertEquals("The court filing was submitted on Monday.", sentence);
    }

    @Test
    void should_skip_a_corrupt_pdf_with_a_reason() throws Exception {
        Files.writeString(folder.resolve("broken.pdf"), "%PDF-1.7 this is not really a pdf");

        KnowledgeScan scan = scanner.scan(folder);

        assertTrue(scan.documents().isEmpty());
        assertTrue(scan.skipped().get(0).reason().startsWith("file could not be parsed")
                || scan.skipped().get(0).reason().startsWith("file has no extractable text"),
                scan.skipped().get(0).reason());
    }
}
