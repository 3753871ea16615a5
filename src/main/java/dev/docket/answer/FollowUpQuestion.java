package dev.docket.answer;

import dev.docket.language.FollowUpWords;
import dev.docket.language.LanguageLexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The question text given to retrieval for a follow-up. A follow-up that leans on an earlier question for its
 * subject ("and how much did it cost them?", "und was sagt X dazu?") gets the earlier question's subject words
 * added (its words but stop words and question words of every registered language), so retrieval looks for the
 * same subject while the follow-up's own words still lead; a follow-up that names its own subject is searched as
 * typed. Whether a question leans on an earlier one is read from language data ({@code language/follow-up.tsv}): a
 * word that refers back (a pronoun or pro-adverb), or an opening word that carries on ("and ...?"). Never from
 * question text written in code.
 */
public final class FollowUpQuestion {

    private static final FollowUpWords WORDS = FollowUpWords.shipped();

    private FollowUpQuestion() {}

    /** What retrieval searches for {@code question}: its text, with the earlier subject carried in when it lacks one. */
    public static String retrievalText(Question question) {
        String subject = null;
        for (Turn turn : question.history()) {
            subject = subject != null && lacksSubject(turn.question()) ? withSubject(turn.question(), subject)
                    : subjectWords(turn.question(), Set.of());
        }
        return subject != null && !subject.isEmpty() && lacksSubject(question.text())
                ? withSubject(question.text(), subject)
                : question.text();
    }

    private static String withSubject(String text, String subject) {
        String carried = subjectWords(subject, Set.of(folded(text).split(" ")));
        return carried.isEmpty() ? text : text + " " + carried;
    }

    /** The words of {@code text} that name what it is about: not stop, question or follow-up words, not in {@code known}. */
    static String subjectWords(String text, Set<String> known) {
        List<String> words = new ArrayList<>();
        Set<String> seen = new HashSet<>(known);
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            String fold = LanguageLexicon.fold(word);
            if (!fold.isEmpty() && !WORDS.functionWords().contains(fold) && !WORDS.refersBack().contains(fold)
                    && !WORDS.lexicon().isQuestionWord(fold) && seen.add(fold)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    private static String folded(String text) {
        return FollowUpWords.folded(text);
    }

    /** {@code answer} shown with the question as the user typed it, not the text retrieval searched. */
    public static Answer askedAs(Answer answer, String typed) {
        if (typed.equals(answer.question())) {
            return answer;
        }
        return new Answer(typed, answer.language(), answer.answered(), answer.text(), answer.citations(),
                answer.adapter(), answer.grounded(), answer.millis(), answer.figureSummary());
    }

    /** Whether {@code text}'s first word refers back to something said before ("It covers ...", "Sie deckt ..."). */
    static boolean opensReferringBack(String text) {
        String[] words = folded(text).split(" ");
        return words.length > 1 && WORDS.refersBack().contains(words[0]);
    }

    /** Whether {@code text} refers back to something said before, or opens by carrying on from it. */
    static boolean lacksSubject(String text) {
        String folded = folded(text);
        for (String opening : WORDS.continues()) {
            if (folded.equals(opening) || folded.startsWith(opening + " ")) {
                return true;
            }
        }
        return Arrays.stream(folded.split(" ")).anyMatch(WORDS.refersBack()::contains);
    }
}
