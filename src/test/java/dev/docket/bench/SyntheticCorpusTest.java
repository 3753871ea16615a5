package dev.docket.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.knowledge.KnowledgeScanner;
import dev.docket.language.LanguageDetector;
import dev.docket.knowledge.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SyntheticCorpusTest {

    private static final Path SHIPPED = Path.of("knowledge");

    @TempDir
    Path folder;

    private final KnowledgeScanner scanner = new KnowledgeScanner(new LanguageDetector(), 420, 5_000_000);

    private List<SourceDocument> originals() {
        return scanner.scan(SHIPPED).documents().stream().sorted(Comparator.comparing(SourceDocument::source)).toList();
    }

    @Test
    void should_write_the_same_files_when_given_the_same_seed() throws IOException {
        new SyntheticCorpus(originals()).write(SHIPPED, folder.resolve("a"), 3, 7);
        new SyntheticCorpus(originals()).write(SHIPPED, folder.resolve("b"), 3, 7);

        for (Path file : files(folder.resolve("a"))) {
            assertEquals(Files.readString(file), Files.readString(folder.resolve("b").resolve(file.getFileName())));
        }
    }

    @Test
    void should_keep_the_originals_and_add_readable_shuffled_copies_when_the_size_is_three() throws IOException {
        int written = new SyntheticCorpus(originals()).write(SHIPPED, folder.resolve("knowledge"), 3, 7);

        List<SourceDocument> scanned = scanner.scan(folder.resolve("knowledge")).documents();
        assertEquals(3 * originals().size(), written);
        assertEquals(written, scanned.size());
        SourceDocument original = originals().get(0);
        SourceDocument copy = scanned.stream().filter(d -> d.source().endsWith("s0001-" + fileName(original)))
                .findFirst().orElseThrow();
        assertEquals(original.language(), copy.language());
        assertNotEquals(original.text(), copy.text());
    }

    @Test
    void should_use_only_numbers_found_in_the_articles_when_swapping() throws IOException {
        new SyntheticCorpus(originals()).write(SHIPPED, folder.resolve("knowledge"), 2, 11);
        StringBuilder articles = new StringBuilder();
        originals().forEach(document -> articles.append(document.text()).append('\n'));

        for (Path file : files(folder.resolve("knowledge"))) {
            Matcher numbers = Pattern.compile("\\d+(?:[.,]\\d+)*").matcher(body(Files.readString(file)));
            while (numbers.find()) {
                assertTrue(articles.indexOf(numbers.group()) >= 0, file + ": " + numbers.group());
            }
        }
    }

    private static String body(String text) {
        return text.substring(text.indexOf("---", 3) + 3);
    }

    private static String fileName(SourceDocument document) {
        return document.source().substring(document.source().lastIndexOf('/') + 1);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
