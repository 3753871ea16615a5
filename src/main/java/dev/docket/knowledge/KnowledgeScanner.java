package dev.docket.knowledge;

import dev.docket.language.LanguageDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        this(languageDetector, passageChars, maxFileBytes, ReadHook.NONE);
    }

    KnowledgeScanner(LanguageDetector languageDetector, int passageChars, long maxFileBytes, ReadHook hook) {
        this.reader = new KnowledgeFileReader(languageDetector, passageChars, maxFileBytes, hook);
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
        for (Path file : filesUnder(folder, skipped)) {
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

    /** Every visible file under {@code folder}, sorted; entries that cannot be listed are skipped with a reason. */
    private static List<Path> filesUnder(Path folder, List<SkippedFile> skipped) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) {
                    return directory.equals(folder) || !isHidden(folder.relativize(directory))
                            ? FileVisitResult.CONTINUE
                            : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!isHidden(folder.relativize(file)) && !Files.isDirectory(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String source = sourceName(folder, file);
                    String reason = e instanceof AccessDeniedException
                            ? "not readable (permission denied); fix its permissions"
                            : "could not be listed (" + e.getMessage() + ")";
                    log.warn("{}: {}; skipped", source, reason);
                    skipped.add(new SkippedFile(source, reason));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge folder " + folder + " could not be listed", e);
        }
        files.sort(null);
        return files;
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
