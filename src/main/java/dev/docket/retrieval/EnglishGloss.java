package dev.docket.retrieval;

import dev.docket.language.LanguageLexicon;
import dev.docket.language.QuestionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word-by-word English rendering of German or French text through the language lexicons: words the lexicons know
 * become their English word, names and numbers stay, other words are dropped. The in-process embedding model only
 * understands English; embedding the gloss of a question lets a German question find an English passage, and
 * embedding the gloss of a passage or sentence lets an English question find a German one.
 */
final class EnglishGloss {

    /** The language the embedding model understands: its texts need no gloss. */
    static final String MODEL_LANGUAGE = "en";

    private final LanguageLexicon lexicon;

    EnglishGloss(LanguageLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The gloss of a question, led by the English phrase of its kind ("how many"), or an empty string when the
     * question has nothing the lexicons or names carry over.
     */
    String of(String question, QuestionKind kind) {
        String words = render(question, true);
        return words.isEmpty() ? "" : (lexicon.questionPhrase(kind, MODEL_LANGUAGE) + " " + words).strip();
    }

    /**
     * The gloss of a passage or sentence in {@code language}: an empty string for English text, which the model
     * reads as it is, and for text with nothing the lexicons or names carry over.
     */
    String ofText(String text, String language) {
        return MODEL_LANGUAGE.equals(language) ? "" : render(text, false);
    }

    private String render(String text, boolean question) {
        List<String> words = new ArrayList<>();
        // Apostrophes split words: French elides its articles ("l'avocat", "d'ordinateurs").
        for (String word : text.split("[^\\p{L}\\p{N}.,]+")) {
            String folded = LanguageLexicon.fold(word).replaceAll("[^a-z0-9]", "");
            if (folded.isEmpty() || isElision(folded) || (question && lexicon.isQuestionWord(folded))) {
                continue;
            }
            String english = lexicon.english(folded);
            if (english != null) {
                words.add(english);
            } else if (Character.isDigit(word.charAt(0)) || isName(word)) {
                words.add(word.replaceAll("[.,]+$", ""));
            }
        }
        return String.join(" ", words).strip().toLowerCase(Locale.ROOT);
    }

    /** A single letter that is no number: what an apostrophe leaves of an elided article ("l", "d"). */
    private static boolean isElision(String folded) {
        return folded.length() == 1 && !Character.isDigit(folded.charAt(0));
    }

    /** A capitalized word: a name in English and French, possibly a noun in German (the model ignores those). */
    private static boolean isName(String word) {
        return Character.isUpperCase(word.charAt(0));
    }
}
