package dev.docket.knowledge;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Guesses the language of a text from the function words it uses (Lucene's Snowball stop-word lists) and a few
 * letters typical of a language. Works on a four-word question, where character n-gram detectors guess.
 * Returns an ISO 639-1 code; {@code fallback} when nothing decides.
 */
public final class LanguageDetector {

    private static final Map<String, String> STOP_FILES = Map.of(
            "en", "english_stop.txt",
            "de", "german_stop.txt",
            "fr", "french_stop.txt",
            "es", "spanish_stop.txt",
            "it", "italian_stop.txt",
            "nl", "dutch_stop.txt",
            "pt", "portuguese_stop.txt",
            "sv", "swedish_stop.txt");
    private static final Map<String, String> TYPICAL_LETTERS = Map.of(
            "de", "äöüß", "fr", "éèêàçùœâîôë", "es", "ñ¿¡áíóú", "pt", "ãõç", "sv", "å");

    private final Map<String, CharArraySet> languageToStopWords = new LinkedHashMap<>();

    public LanguageDetector() {
        for (String language : new String[] {"en", "de", "fr", "es", "it", "nl", "pt", "sv"}) {
            languageToStopWords.put(language, SnowballStopWords.load(STOP_FILES.get(language)));
        }
    }

    /** The most likely language, or {@code fallback} when the text gives no evidence. */
    public String detect(String text, String fallback) {
        String lower = text.toLowerCase(Locale.ROOT);
        String[] words = lower.split("[^\\p{L}']+");
        String best = fallback;
        double bestScore = 0;
        for (Map.Entry<String, CharArraySet> entry : languageToStopWords.entrySet()) {
            double score = score(entry.getKey(), entry.getValue(), words, lower);
            if (score > bestScore || (score == bestScore && score > 0 && entry.getKey().equals(fallback))) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static double score(String language, CharArraySet stopWords, String[] words, String lower) {
        double score = 0;
        for (String word : words) {
            if (!word.isEmpty() && stopWords.contains(word)) {
                score += 1;
            }
        }
        String letters = TYPICAL_LETTERS.getOrDefault(language, "");
        for (int i = 0; i < lower.length(); i++) {
            if (letters.indexOf(lower.charAt(i)) >= 0) {
                score += 0.5;
            }
        }
        return score;
    }

}
