package dev.docket.retrieval;

import dev.docket.language.LanguageLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import dev.docket.language.QuestionKind;

/**
 * A word-by-word English rendering of a German or French question through the language lexicons: words the
 * lexicons know become their English word, names and numbers stay, other words are dropped. The in-process
 * embedding model only understands English; embedding the gloss lets a German question find an English passage.
 */
final class EnglishGloss {

    private final LanguageLexicon lexicon;

    EnglishGloss(LanguageLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The gloss, or an empty string when the question has nothing the lexicons or names carry over. */
    String of(String question, QuestionKind kind) {
        List<String> words = new ArrayList<>();
        words.add(lexicon.questionPhrase(kind, "en"));
        boolean carried = false;
        for (String word : question.split("[^\\p{L}\\p{N}.,']+")) {
            String folded = LanguageLexicon.fold(word).replaceAll("[^a-z0-9]", "");
            if (folded.isEmpty() || lexicon.isQuestionWord(folded)) {
                continue;
            }
            String english = lexicon.english(folded);
            if (english != null) {
                words.add(english);
                carried = true;
            } else if (Character.isDigit(word.charAt(0)) || isName(word)) {
                words.add(word.replaceAll("[.,']+$", ""));
                carried = true;
            }
        }
        return carried ? String.join(" ", words).strip().toLowerCase(Locale.ROOT) : "";
    }

    /** A capitalized word: a name in English and French, possibly a noun in German (the model ignores those). */
    private static boolean isName(String word) {
        return Character.isUpperCase(word.charAt(0));
    }
}
