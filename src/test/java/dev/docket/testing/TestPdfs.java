package dev.docket.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.ProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real one-page PDFs for ingestion tests, written with PDFBox (which Tika's PDF parser brings). */
public final class TestPdfs {

    private TestPdfs() {}

    /** A PDF whose only page shows {@code line}; encrypted with {@code protection} unless it is null. */
    public static void write(Path file, String line, ProtectionPolicy protection) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            if (protection != null) {
                document.protect(protection);
            }
            document.save(file.toFile());
        }
    }
}
