package dev.docket.knowledge;

import dev.docket.language.LanguageDetector;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads one knowledge file into a {@link SourceDocument}: decode or extract, front matter, language, passages. */
final class KnowledgeFileReader {

    static final Set<String> TEXT_EXTENSIONS = Set.of("md", "markdown", "txt");
    static final Set<String> TIKA_EXTENSIONS = Set.of("html", "htm", "pdf");

    private final TextDecoder decoder = new TextDecoder();
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final TikaTextExtractor extractor = new TikaTextExtractor();
    private final LanguageDetector languageDetector;
    private final PassageSplitter splitter;
    private final long maxFileBytes;
    private final ReadHook hook;

    KnowledgeFileReader(LanguageDetector languageDetector, int passageChars, long maxFileBytes, ReadHook hook) {
        this.languageDetector = languageDetector;
        this.splitter = new PassageSplitter(passageChars);
        this.maxFileBytes = maxFileBytes;
        this.hook = hook;
    }

    SourceDocument read(Path file, String source) throws UnreadableFileException {
        byte[] bytes = readBytes(file);
        String extension = extensionOf(file);
        String text;
        FrontMatter frontMatter;
        int bodyStart;
        if (TIKA_EXTENSIONS.contains(extension)) {
            TikaTextExtractor.Extracted extracted = extractor.extract(bytes, file.getFileName().toString());
            text = extracted.text();
            frontMatter = new FrontMatter(extracted.title(), null, null, null, null);
            bodyStart = 0;
        } else {
            text = decoder.decode(bytes);
            FrontMatterParser.Parsed parsed = frontMatterParser.parse(text);
            frontMatter = parsed.frontMatter();
            bodyStart = parsed.bodyStart();
        }
        String body = text.substring(bodyStart);
        if (body.isBlank()) {
            throw new UnreadableFileException("file has front matter but no article text");
        }
        String language = frontMatter.language() != null
                ? frontMatter.language().strip().toLowerCase(Locale.ROOT)
                : languageDetector.detect(body, "en");
        List<Passage> passages = splitter.split(text, bodyStart, language);
        return new SourceDocument(
                source,
                titleOf(frontMatter, passages, file),
                blankToNull(frontMatter.outlet()),
                language,
                blankToNull(frontMatter.date()),
                blankToNull(frontMatter.url()),
                text,
                sha256(bytes),
                passages);
    }

    /** The file's bytes, as long as its size and modification time were the same before and after reading. */
    private byte[] readBytes(Path file) throws UnreadableFileException {
        try {
            hook.beforeRead(file);
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
            if (before.size() > maxFileBytes) {
                throw new UnreadableFileException("file is " + before.size() + " bytes, over the limit of "
                        + maxFileBytes + " (ingest.max-file-bytes); split it or raise the limit");
            }
            byte[] bytes = Files.readAllBytes(file);
            hook.afterRead(file);
            BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
            if (after.size() != before.size() || bytes.length != before.size()
                    || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
                throw new UnreadableFileException("file changed while it was being read; run reload again once"
                        + " it is saved");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("file disappeared while it was being read", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableFileException("file is not readable (permission denied); fix its permissions", e);
        } catch (IOException e) {
            throw new UnreadableFileException("file could not be read (" + e.getMessage() + ")", e);
        }
    }

    private static String titleOf(FrontMatter frontMatter, List<Passage> passages, Path file) {
        if (frontMatter.title() != null && !frontMatter.title().isBlank()) {
            return frontMatter.title().strip();
        }
        if (!passages.isEmpty()) {
            String first = passages.get(0).sentences().get(0).text();
            if (first.length() <= 160) {
                return first;
            }
        }
        return file.getFileName().toString();
    }

    static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }
}
