package dev.docket.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/** Extracts plain text and the title from HTML and PDF files with Apache Tika; scripts never become text. */
final class TikaTextExtractor {

    /** Tika loads every parser it has when built (about half a second); a start that reads no HTML or PDF skips it. */
    private AutoDetectParser parser;

    /** Extracted text and the title the file declares (or null). */
    record Extracted(String text, String title) {}

    Extracted extract(byte[] bytes, String fileName) throws UnreadableFileException {
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parser().parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException("file is encrypted; provide an unencrypted copy", e);
        } catch (IOException | SAXException | TikaException e) {
            throw new UnreadableFileException("file could not be parsed (" + innermost(e)
                    + "); check that it opens in a viewer", e);
        } catch (NoClassDefFoundError e) {
            // The jar leaves out libraries only rare files need (BouncyCastle opens PDFs encrypted for a certificate).
            throw new UnreadableFileException("file needs a library Docket does not ship (" + e.getMessage()
                    + "), as a PDF encrypted for a certificate does; provide an unencrypted copy", e);
        }
        String text = handler.toString().strip();
        if (text.isEmpty()) {
            throw new UnreadableFileException("file has no extractable text (a scanned PDF needs OCR first)");
        }
        return new Extracted(text, metadata.get(TikaCoreProperties.TITLE));
    }

    private synchronized AutoDetectParser parser() {
        if (parser == null) {
            parser = new AutoDetectParser();
        }
        return parser;
    }

    /** The innermost cause, which names the actual damage ("Missing root object specification in trailer"). */
    private static String innermost(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().lines().findFirst().orElse("");
        return root.getClass().getSimpleName() + message;
    }
}
