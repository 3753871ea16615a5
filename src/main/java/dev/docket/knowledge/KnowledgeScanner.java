package dev.docket.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every supported file under the knowledge folder. A bad file is skipped with a reason and never stops
 * the others; the same content under two names is read once.
 */
public final class KnowledgeScanner {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeScanner.class);

    private final KnowledgeFileReader reader;

    public KnowledgeScanner(LanguageDetector languageDetector, int passageChars, long maxFileBytes) {
        this.reader = new KnowledgeFileReader(languageDetector, passageChars, maxFileBytes);
    }

    /** Scans {@code folder}; a missing folder gives an empty scan with one skipped entry that says so. */
    public KnowledgeScan scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            return new KnowledgeScan(List.of(), List.of(new SkippedFile(folder.toString(),
                    "knowledge folder does not exist; create it and add .md, .txt, .html or .pdf files")));
        }
        Path root = realPath(folder);
        List<SourceDocument> documents = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Map<String, String> hashToSource = new HashMap<>();
        for (Path file : filesUnder(folder)) {
            String source = sourceName(folder, file);
            try {
                checkAllowed(file, root);
                SourceDocument document = reader.read(file, source);
                String first = hashToSource.putIfAbsent(document.contentHash(), source);
                if (first != null) {
                    throw new UnreadableFileException("same content as " + first + "; ingested once");
                }
                documents.add(document);
            } catch (UnreadableFileException e) {
                log.warn("{}: {}; skipped", source, e.getMessage());
                skipped.add(new SkippedFile(source, e.getMessage()));
            }
        }
        return new KnowledgeScan(documents, skipped);
    }

    private static void checkAllowed(Path file, Path root) throws UnreadableFileException {
        String extension = KnowledgeFileReader.extensionOf(file);
        if (!KnowledgeFileReader.TEXT_EXTENSIONS.contains(extension)
                && !KnowledgeFileReader.TIKA_EXTENSIONS.contains(extension)) {
            throw new UnreadableFileException(
                    "unsupported file type '." + extension + "' (use .md, .txt, .html or .pdf); ignored");
        }
        if (Files.isSymbolicLink(file) && !realPath(file).startsWith(root)) {
            throw new UnreadableFileException("symbolic link points outside the knowledge folder; refused");
        }
    }

    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(path -> !path.equals(folder))
                    .filter(path -> !isHidden(folder.relativize(path)))
                    .filter(path -> !Files.isDirectory(path))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge folder " + folder + " could not be listed", e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String sourceName(Path folder, Path file) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        String prefix = name == null ? "" : name + "/";
        return prefix + folder.relativize(file).toString().replace('\\', '/');
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
