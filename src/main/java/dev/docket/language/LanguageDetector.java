package dev.docket.language;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Guesses the language of a text from the function words it uses (Lucene's Snowball stop-word lists) and a few
 * letters typical of a language. Works on a four-word question, where character n-gram detectors guess.
 * Returns an ISO 639-1 code; {@code fallback} when nothing decides.
 */
public final class LanguageDetector {

    private final Map<String, CharArraySet> languageToStopWords = new LinkedHashMap<>();
    private final Map<String, String> languageToLetters = new LinkedHashMap<>();
    private final Map<String, Set<String>> languageToLeadingWords = new LinkedHashMap<>();

    /** A detector for every language of the shipped registry. */
    public LanguageDetector() {
        this(LanguageRegistry.load(), LanguageLexicon.load());
    }

    /** Function words are each language's ({@link LanguageRegistry#functionWords}) plus its question words. */
    public LanguageDetector(LanguageRegistry registry, LanguageLexicon lexicon) {
        Map<String, Set<String>> questionPhrases = lexicon.questionPhrasesByLanguage();
        for (Language language : registry.all()) {
            CharArraySet words = new CharArraySet(registry.functionWords(language), true);
            for (String phrase : questionPhrases.getOrDefault(language.code(), Set.of())) {
                words.addAll(List.of(phrase.split(" ")));
            }
            languageToStopWords.put(language.code(), words);
            languageToLetters.put(language.code(), language.typicalLetters());
        }
        for (Language language : registry.all()) {
            languageToLeadingWords.put(language.code(), leadingWords(language.code(), questionPhrases, registry));
            languageToStopWords.get(language.code()).addAll(ownChatWords(language, registry));
        }
    }

    /**
     * The chat words of {@code language} ({@link LanguageRegistry#chatWords}) that are no function word of
     * another language: German "gibts" points to German, while its "ne" ("eine") is French too.
     */
    private static Set<String> ownChatWords(Language language, LanguageRegistry registry) {
        Set<String> own = new HashSet<>(registry.chatWords(language.code()));
        for (Language other : registry.all()) {
            if (!other.equals(language)) {
                own.removeIf(registry.functionWords(other)::contains);
            }
        }
        return own;
    }

    /**
     * The first words of {@code language}'s question phrases that belong to no other language with question
     * phrases, as a question word or a function word: German "wie" and "wer", French "combien", not German "was"
     * (an English word too). Languages only detected, never answered in, have no question phrases: their function
     * words still score, so a Dutch "wie is de ..." stays Dutch.
     */
    private static Set<String> leadingWords(
            String language, Map<String, Set<String>> questionPhrases, LanguageRegistry registry) {
        Set<String> leading = new HashSet<>();
        for (String phrase : questionPhrases.getOrDefault(language, Set.of())) {
            leading.add(phrase.split(" ")[0]);
        }
        for (Language other : registry.all()) {
            if (other.code().equals(language) || !questionPhrases.containsKey(other.code())) {
                continue;
            }
            CharArraySet otherWords = registry.functionWords(other);
            leading.removeIf(otherWords::contains);
            for (String phrase : questionPhrases.getOrDefault(other.code(), Set.of())) {
                leading.remove(phrase.split(" ")[0]);
            }
        }
        return Set.copyOf(leading);
    }

    /**
     * The languages the text's function words and letters point to most, in the registry's order: one when they
     * decide, several on a tie ("Wo wohnt Ed Berg?": German "wo", Italian "ed"), none when nothing points anywhere.
     */
    public List<String> leaders(String text) {
        Map<String, Double> languageToScore = scores(text);
        double best = languageToScore.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        return languageToScore.entrySet().stream()
                .filter(entry -> best > 0 && entry.getValue() == best).map(Map.Entry::getKey).toList();
    }

    /** The most likely language, or {@code fallback} when the text gives no evidence; a tie goes to the fallback. */
    public String detect(String text, String fallback) {
        Map<String, Double> languageToScore = scores(text);
        double best = languageToScore.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (best == 0 || languageToScore.getOrDefault(fallback, 0.0) == best) {
            return fallback;
        }
        return languageToScore.entrySet().stream().filter(entry -> entry.getValue() == best).findFirst()
                .map(Map.Entry::getKey).orElse(fallback);
    }

    /** Each language's score for {@code text}, in the registry's order. */
    private Map<String, Double> scores(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String[] words = lower.split("[^\\p{L}']+");
        Map<String, Double> languageToScore = new LinkedHashMap<>();
        languageToStopWords.forEach((language, stopWords) ->
                languageToScore.put(language, score(languageToLetters.get(language), stopWords, words, lower)));
        // A question word of one language only, at the start, breaks a tie with a stray word of another: "wie
        // lang wars down" is German, though "down" is an English function word.
        String first = Arrays.stream(words).filter(word -> !word.isEmpty()).findFirst().orElse("");
        languageToLeadingWords.forEach((language, leading) -> {
            if (leading.contains(LanguageLexicon.fold(first))) {
                languageToScore.merge(language, 0.5, Double::sum);
            }
        });
        return languageToScore;
    }

    /** A word after an elided function word: "qu'a", "l'avocat" (not "velora's", a possessive). */
    private static boolean isElided(String word) {
        int apostrophe = word.indexOf('\'');
        return apostrophe > 0 && apostrophe <= 2 && apostrophe < word.length() - 1;
    }

    private static double score(String letters, CharArraySet stopWords, String[] words, String lower) {
        double score = 0;
        for (String word : words) {
            if (!word.isEmpty() && stopWords.contains(word)) {
                score += 1;
            } else if (isElided(word) && stopWords.contains(word.substring(0, word.indexOf('\'')))) {
                score += 1;
            }
        }
        for (int i = 0; i < lower.length(); i++) {
            if (letters.indexOf(lower.charAt(i)) >= 0) {
                score += 0.5;
            }
        }
        return score;
    }

}
