package dev.docket.bench;

import dev.docket.knowledge.Passage;
import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a knowledge folder {@code size} times as large as the given documents: the originals unchanged, plus
 * {@code size - 1} synthetic copies of each. A copy has its document's sentences shuffled into new paragraphs, and
 * names and numbers swapped for others found in the documents of the same language (capitalized words that do
 * not start a sentence, and runs of digits). The same seed and size always write the same files.
 */
public final class SyntheticCorpus {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern CAPITALIZED = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}]+");
    private static final double NAME_SWAP = 0.5;
    private static final double NUMBER_SWAP = 0.7;
    private static final int MAX_PARAGRAPH_SENTENCES = 4;

    private final List<SourceDocument> originals;
    private final Map<String, List<String>> languageToNames = new TreeMap<>();
    private final Map<String, List<String>> languageToNumbers = new TreeMap<>();

    /** {@code originals} are the parsed shipped documents, in a stable order; they are copied by {@link #write}. */
    public SyntheticCorpus(List<SourceDocument> originals) {
        this.originals = List.copyOf(originals);
        Map<String, TreeSet<String>> names = new TreeMap<>();
        Map<String, TreeSet<String>> numbers = new TreeMap<>();
        for (SourceDocument document : originals) {
            for (Sentence sentence : sentences(document)) {
                collect(CAPITALIZED, sentence.text(), true, names.computeIfAbsent(document.language(), l -> new TreeSet<>()));
                collect(NUMBER, sentence.text(), false, numbers.computeIfAbsent(document.language(), l -> new TreeSet<>()));
            }
        }
        names.forEach((language, set) -> languageToNames.put(language, List.copyOf(set)));
        numbers.forEach((language, set) -> languageToNumbers.put(language, List.copyOf(set)));
    }

    /**
     * Writes the originals (from {@code originalFolder}) and the synthetic copies into {@code target}, which must
     * not exist yet, and returns how many files it holds.
     */
    public int write(Path originalFolder, Path target, int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be 1 or more, was " + size);
        }
        try {
            Files.createDirectories(target);
            int files = 0;
            for (SourceDocument document : originals) {
                Path original = originalFolder.resolve(fileName(document));
                Files.copy(original, target.resolve(original.getFileName()));
                files++;
            }
            for (int copy = 1; copy < size; copy++) {
                for (int d = 0; d < originals.size(); d++) {
                    SourceDocument document = originals.get(d);
                    Random random = new Random(seed * 1_000_003L + copy * 1_009L + d);
                    String name = String.format("s%04d-%s", copy, fileName(document));
                    Files.writeString(target.resolve(name), synthetic(document, random), StandardCharsets.UTF_8);
                    files++;
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("synthetic corpus could not be written to " + target, e);
        }
    }

    String synthetic(SourceDocument document, Random random) {
        List<Sentence> sentences = new ArrayList<>(sentences(document));
        Collections.shuffle(sentences, random);
        StringBuilder text = new StringBuilder("---\n");
        text.append("title: \"").append(yamlEscaped(swapped(document.title(), document.language(), random)))
                .append("\"\n");
        if (document.outlet() != null) {
            text.append("outlet: \"").append(yamlEscaped(document.outlet())).append("\"\n");
        }
        text.append("language: ").append(document.language()).append('\n');
        if (document.date() != null) {
            text.append("date: \"").append(yamlEscaped(document.date())).append("\"\n");
        }
        text.append("---\n");
        int i = 0;
        while (i < sentences.size()) {
            int paragraph = 1 + random.nextInt(MAX_PARAGRAPH_SENTENCES);
            List<String> parts = new ArrayList<>();
            for (int end = Math.min(sentences.size(), i + paragraph); i < end; i++) {
                parts.add(swapped(sentences.get(i).text().replaceAll("\\s+", " "), document.language(), random));
            }
            text.append('\n').append(String.join(" ", parts)).append('\n');
        }
        return text.toString();
    }

    private String swapped(String sentence, String language, Random random) {
        String withNumbers = replace(NUMBER, sentence, languageToNumbers.getOrDefault(language, List.of()),
                NUMBER_SWAP, false, random);
        return replace(CAPITALIZED, withNumbers, languageToNames.getOrDefault(language, List.of()), NAME_SWAP, true,
                random);
    }

    private static String replace(
            Pattern pattern, String text, List<String> pool, double chance, boolean keepFirst, Random random) {
        if (pool.isEmpty()) {
            return text;
        }
        Matcher matcher = pattern.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            boolean first = keepFirst && text.substring(0, matcher.start()).isBlank();
            String replacement = !first && random.nextDouble() < chance
                    ? pool.get(random.nextInt(pool.size()))
                    : matcher.group();
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static void collect(Pattern pattern, String text, boolean skipFirst, TreeSet<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (!skipFirst || !text.substring(0, matcher.start()).isBlank()) {
                into.add(matcher.group());
            }
        }
    }

    private static List<Sentence> sentences(SourceDocument document) {
        List<Sentence> sentences = new ArrayList<>();
        for (Passage passage : document.passages()) {
            sentences.addAll(passage.sentences());
        }
        return sentences;
    }

    private static String fileName(SourceDocument document) {
        String source = document.source();
        return source.substring(source.lastIndexOf('/') + 1);
    }

    private static String yamlEscaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
