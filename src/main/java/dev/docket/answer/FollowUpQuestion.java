package dev.docket.answer;

import dev.docket.language.Language;
import dev.docket.language.LanguageData;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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

    private static final String RESOURCE = "language/follow-up.tsv";
    private static final Words WORDS = Words.load();

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
        return LanguageLexicon.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
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

    /**
     * Whether {@code text}, a sentence of an article, opens with a pronoun or possessive that stands for a party the
     * sentence before names ("Sie möchte den Markt übernehmen.", "Its chief executive ..."), or with a definite
     * article and a kind of organisation that does ("Der Betreiber hat Klage eingereicht.", "The company said ..."):
     * quoted alone, it doesn't say who.
     */
    static boolean opensAfterAntecedent(String text) {
        String[] words = folded(text).split(" ");
        return (words.length > 1 && WORDS.opensAfter().contains(words[0]))
                || (words.length > 2 && WORDS.describesAfter().contains(words[0]) && namesKindOfOrganisation(words[1]));
    }

    /**
     * Whether {@code text}, a sentence of an article, says that what it states follows from the sentence before
     * ("Brenniger could therefore not restart them.", "Sie musste deshalb schliessen.", "Il a donc fermé."): the
     * reason a why-question asks for stands in the one before ({@code language/follow-up.tsv}, follows-from).
     */
    static boolean followsFromBefore(String text) {
        String padded = " " + folded(text) + " ";
        return WORDS.followsFrom().stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }

    private static boolean namesKindOfOrganisation(String word) {
        String concept = WORDS.lexicon().concept(word);
        return concept != null && WORDS.lexicon().isOrganisationKind(concept);
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

    /**
     * The words of {@code language/follow-up.tsv}, of every language (a question may mix them), with the stop words
     * of every registered language and the lexicon's question words.
     */
    private record Words(
            Set<String> refersBack, List<String> continues, Set<String> opensAfter, Set<String> describesAfter,
            Set<String> followsFrom, Set<String> functionWords, LanguageLexicon lexicon) {

        static Words load() {
            Set<String> refersBack = new HashSet<>();
            Set<String> continues = new HashSet<>();
            Set<String> opensAfter = new HashSet<>();
            Set<String> describesAfter = new HashSet<>();
            Set<String> followsFrom = new HashSet<>();
            for (String[] cells : LanguageData.rows(RESOURCE, 3)) {
                Collection<String> forms = switch (cells[0]) {
                    case "refers-back" -> refersBack;
                    case "continues" -> continues;
                    case "opens-after" -> opensAfter;
                    case "describes-after" -> describesAfter;
                    case "follows-from" -> followsFrom;
                    default -> throw new IllegalStateException(RESOURCE + ": kind '" + cells[0]
                            + "' is none of refers-back, continues, opens-after, describes-after, follows-from");
                };
                for (String form : cells[2].split(",")) {
                    forms.add(form.strip());
                }
            }
            Set<String> functionWords = new HashSet<>();
            LanguageRegistry languages = LanguageRegistry.load();
            for (Language language : languages.all()) {
                languages.functionWords(language).forEach(word -> functionWords.add(LanguageLexicon.fold(
                        word instanceof char[] chars ? new String(chars) : String.valueOf(word))));
            }
            continues.forEach(opening -> functionWords.addAll(Arrays.asList(opening.split(" "))));
            return new Words(Set.copyOf(refersBack), List.copyOf(continues), Set.copyOf(opensAfter),
                    Set.copyOf(describesAfter), Set.copyOf(followsFrom), Set.copyOf(functionWords),
                    LanguageLexicon.load());
        }
    }
}
