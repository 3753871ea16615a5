package dev.docket.figures;

import dev.docket.language.LanguageLexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The language resources figure extraction reads: {@code language/figures.tsv} (scales, currencies, qualifiers,
 * bands, attribution cues, relative dates...) and the month, number and unit words of {@code lexicon.tsv}
 * through {@link LanguageLexicon}. Data, not code: a new language is new lines in those files.
 */
public final class FigureLexicon {

    static final String RESOURCE = "language/figures.tsv";
    private static final String LEXICON_RESOURCE = "language/lexicon.tsv";
    /** Raised when the extraction rules change, so stored figures are recomputed. */
    private static final String RULES_REVISION = "2";

    private final LanguageLexicon lexicon;
    /** The phrases by their first folded word ("" for none), in file order, so a lookup reads only candidates. */
    private final Map<String, List<Phrase>> firstWordToPhrases;
    private final String fingerprint;

    /** One form of a row: its kind, language ("*" for all), key and folded words. */
    record Phrase(String kind, String language, String key, List<String> words) {}

    /** A phrase found at a token position: its key and how many tokens it covers. */
    record Match(String key, int length) {}

    private FigureLexicon(LanguageLexicon lexicon, List<Phrase> phrases, String fingerprint) {
        this.lexicon = lexicon;
        Map<String, List<Phrase>> index = new HashMap<>();
        for (Phrase phrase : phrases) {
            String first = phrase.words().isEmpty() ? "" : phrase.words().get(0);
            index.computeIfAbsent(first, word -> new ArrayList<>()).add(phrase);
        }
        this.firstWordToPhrases = Map.copyOf(index);
        this.fingerprint = fingerprint;
    }

    /** Loads the resources shipped in the jar. */
    public static FigureLexicon load(LanguageLexicon lexicon) {
        String table = resource(RESOURCE);
        Tokenizer tokenizer = new Tokenizer();
        List<Phrase> phrases = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 4) {
                throw new IllegalStateException(RESOURCE + ": line '" + line
                        + "' needs 4 tab-separated columns: kind, language, key, forms");
            }
            for (String form : cells[3].split(",")) {
                phrases.add(new Phrase(cells[0], cells[1], cells[2], tokenizer.foldedWords(form.strip())));
            }
        }
        return new FigureLexicon(lexicon, List.copyOf(phrases), sha256(table + resource(LEXICON_RESOURCE)
                + RULES_REVISION));
    }

    /** Changes whenever the resources or the rules change; stored figures carry it. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The longest phrase of {@code kind} for {@code language} starting at token {@code at}, or null. */
    Match match(String kind, String language, List<Token> tokens, int at) {
        Match best = null;
        for (Phrase phrase : candidates(tokens, at)) {
            if (!phrase.kind().equals(kind) || !appliesTo(phrase, language)) {
                continue;
            }
            int length = phrase.words().size();
            if (at + length <= tokens.size() && (best == null || length > best.length())
                    && matchesAt(phrase.words(), tokens, at)) {
                best = new Match(phrase.key(), length);
            }
        }
        return best;
    }

    /** True if one word of {@code kind} for {@code language} is {@code folded}. */
    boolean isWord(String kind, String language, String folded) {
        for (Phrase phrase : firstWordToPhrases.getOrDefault(folded, List.of())) {
            if (phrase.kind().equals(kind) && appliesTo(phrase, language) && phrase.words().size() == 1
                    && phrase.words().get(0).equals(folded)) {
                return true;
            }
        }
        return false;
    }

    /** True if the folded {@code word} asks for figures of {@code kind} in any language ("Geld" for money). */
    boolean namesKind(String word, FigureKind kind) {
        for (Phrase phrase : firstWordToPhrases.getOrDefault(word, List.of())) {
            if (phrase.kind().equals("kind-name") && phrase.key().equals(kind.id()) && phrase.words().size() == 1) {
                return true;
            }
        }
        return false;
    }

    /** The month 1-12 a word names ("juillet", "Aug"), or 0. */
    int month(String word) {
        String canonical = canonical(word, "month");
        return canonical == null ? 0 : Integer.parseInt(canonical.substring(1));
    }

    /** The value of a number word below 100 ("five", "fünf", "cinq"), or 0. */
    int numberWord(String word) {
        String canonical = canonical(word, "number");
        if (canonical == null || !canonical.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int value = Integer.parseInt(canonical);
        return value < 100 ? value : 0;
    }

    /** The time unit a word names ("day", "week", "month", "year", "hour"), or null. */
    String timeUnit(String word) {
        return canonical(word, "unit");
    }

    /** The currency code a word names ("dollars" -> "USD"), or null. */
    String currencyWord(String word) {
        String canonical = canonical(word, "currency");
        return canonical == null ? null : canonical.toUpperCase(java.util.Locale.ROOT);
    }

    private String canonical(String word, String kind) {
        String folded = LanguageLexicon.fold(word);
        return kind.equals(lexicon.kindOf(folded)) ? lexicon.canonical(folded) : null;
    }

    /** Phrases that can start at {@code at}: those without words, then those starting with its word. */
    private List<Phrase> candidates(List<Token> tokens, int at) {
        List<Phrase> empty = firstWordToPhrases.getOrDefault("", List.of());
        if (at >= tokens.size()) {
            return empty;
        }
        List<Phrase> starting = firstWordToPhrases.getOrDefault(tokens.get(at).folded(), List.of());
        if (empty.isEmpty()) {
            return starting;
        }
        List<Phrase> both = new ArrayList<>(empty);
        both.addAll(starting);
        return both;
    }

    private static boolean appliesTo(Phrase phrase, String language) {
        return phrase.language().equals("*") || phrase.language().equals(language);
    }

    private static boolean matchesAt(List<String> words, List<Token> tokens, int at) {
        for (int i = 0; i < words.size(); i++) {
            if (!tokens.get(at + i).folded().equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String resource(String name) {
        try (InputStream in = FigureLexicon.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath; rebuild the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " could not be read", e);
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
