package dev.docket.discord;

import dev.docket.answer.Citation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The longest sentences and titles of the shipped {@code knowledge/} folder: the worst case an answer can quote. */
final class LongestKnowledge {

    private LongestKnowledge() {}

    /** Citations of the {@code count} longest sentences, each with the longest title and an outlet. */
    static List<Citation> citations(int count) throws IOException {
        record Found(String source, String sentence) {}
        List<Found> sentences = new ArrayList<>();
        for (Path file : files()) {
            String text = Files.readString(file);
            for (String sentence : text.split("(?<=[.!?])\\s+")) {
                sentences.add(new Found("knowledge/" + file.getFileName(), sentence.strip()));
            }
        }
        sentences.sort(Comparator.comparingInt((Found found) -> found.sentence().length()).reversed());
        String title = longestTitle();
        List<Citation> citations = new ArrayList<>();
        for (Found found : sentences.subList(0, count)) {
            citations.add(new Citation(citations.size() + 1, title, "An outlet with a long name", found.source(),
                    "https://example.org/" + "a".repeat(200), "en", found.sentence(), 0, found.sentence().length()));
        }
        return citations;
    }

    static String longestTitle() throws IOException {
        String longest = "";
        for (Path file : files()) {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("title:") && line.length() > longest.length()) {
                    longest = line.substring("title:".length()).strip();
                }
            }
        }
        return longest;
    }

    private static List<Path> files() {
        try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
            return files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
