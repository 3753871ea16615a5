package dev.docket.language;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** A detector for every language of the shipped registry. */
    public LanguageDetector() {
        this(LanguageRegistry.load(), LanguageLexicon.load());
    }

    /** Function words are each language's Snowball stop words plus its question words from the lexicon. */
    public LanguageDetector(LanguageRegistry registry, LanguageLexicon lexicon) {
        Map<String, Set<String>> questionPhrases = lexicon.questionPhrasesByLanguage();
        for (Language language : registry.all()) {
            CharArraySet words = new CharArraySet(SnowballStopWords.load(language.stopWordsFile()), true);
            for (String phrase : questionPhrases.getOrDefault(language.code(), Set.of())) {
                words.addAll(List.of(phrase.split(" ")));
            }
            languageToStopWords.put(language.code(), words);
            languageToLetters.put(language.code(), language.typicalLetters());
        }
    }

    /**
     * The language the text's function words and letters point to, or empty when they point nowhere or to two
     * languages equally.
     */
    public Optional<String> evidenced(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String[] words = lower.split("[^\\p{L}']+");
        String best = null;
        double bestScore = 0;
        boolean tie = false;
        for (Map.Entry<String, CharArraySet> entry : languageToStopWords.entrySet()) {
            double score = score(languageToLetters.get(entry.getKey()), entry.getValue(), words, lower);
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** The most likely language, or {@code fallback} when the text gives no evidence. */
    public String detect(String text, String fallback) {
        String lower = text.toLowerCase(Locale.ROOT);
        String[] words = lower.split("[^\\p{L}']+");
        String best = fallback;
        double bestScore = 0;
        for (Map.Entry<String, CharArraySet> entry : languageToStopWords.entrySet()) {
            double score = score(languageToLetters.get(entry.getKey()), entry.getValue(), words, lower);
            if (score > bestScore || (score == bestScore && score > 0 && entry.getKey().equals(fallback))) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static double score(String letters, CharArraySet stopWords, String[] words, String lower) {
        double score = 0;
        for (String word : words) {
            if (!word.isEmpty() && stopWords.contains(word)) {
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
