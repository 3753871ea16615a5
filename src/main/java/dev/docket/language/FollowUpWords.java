package dev.docket.language;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of {@code language/follow-up.tsv}, of every language (a question may mix them), with the stop words of
 * every registered language and the lexicon's question words: what shows that a question leans on an earlier one,
 * and that a sentence of an article leans on the one before it.
 */
public record FollowUpWords(
        Set<String> refersBack, List<String> continues, Set<String> opensAfter, Set<String> afterOpening,
        Set<String> impersonal, Set<String> describesAfter, Set<String> followsFrom, Set<String> functionWords,
        LanguageLexicon lexicon) {

    private static final String RESOURCE = "language/follow-up.tsv";
    /** How much of a sentence is read for its opening words (the longest opening is an article and a noun). */
    private static final int OPENING_CHARS = 60;
    /** The last word (counted from 0) that an after-opening pronoun may be: "Am Montag hat er ...". */
    private static final int LAST_AFTER_OPENING = 3;

    /** The words shipped in the jar, read once. */
    public static FollowUpWords shipped() {
        return Shipped.WORDS;
    }

    /** {@code text} folded (lower case, ASCII) with every run of other characters than letters and digits a space. */
    public static String folded(String text) {
        return LanguageLexicon.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Whether {@code text}, a sentence of an article, opens with a pronoun or possessive that stands for a party the
     * sentence before names ("Sie möchte den Markt übernehmen.", "Its chief executive ..."), or with a definite
     * article and a kind of organisation that does ("Der Betreiber hat Klage eingereicht.", "The company said ..."),
     * or has such a pronoun among its first words after an opening that names nobody ("Geleitet wird sie von ...",
     * "Selon elle, ..."; after-opening): quoted alone, it doesn't say who.
     */
    public boolean opensAfterAntecedent(String text) {
        String[] words = folded(text.substring(0, Math.min(text.length(), OPENING_CHARS))).split(" ");
        return (words.length > 1 && opensAfter.contains(words[0]) && !opensImpersonally(words))
                || (words.length > 2 && describesAfter.contains(words[0]) && namesKindOfOrganisation(words[1]))
                || pronounAfterOpening(words);
    }

    /** Whether {@code words} open with a pronoun that stands for nothing: "Il y a ...", "Es gibt ..." (impersonal). */
    private boolean opensImpersonally(String[] words) {
        String opening = String.join(" ", words) + " ";
        return impersonal.stream().anyMatch(phrase -> opening.startsWith(phrase + " "));
    }

    /**
     * Whether an after-opening pronoun stands among {@code words}' first after the first, with no definite article
     * before it: "Die Stadt hat ihn ..." names its subject, "Geleitet wird sie von ..." leans on the sentence before.
     */
    private boolean pronounAfterOpening(String[] words) {
        for (int i = 1; i <= LAST_AFTER_OPENING && i < words.length - 1; i++) {
            if (describesAfter.contains(words[i - 1])) {
                return false;
            }
            if (afterOpening.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text}, a sentence of an article, says that what it states follows from the sentence before
     * ("Velora could therefore not restart them.", "Sie musste deshalb schliessen.", "Il a donc fermé."): the reason
     * a why-question asks for stands in the one before (follows-from).
     */
    public boolean followsFromBefore(String text) {
        String padded = " " + folded(text) + " ";
        return followsFrom.stream().anyMatch(phrase -> padded.contains(" " + phrase + " "));
    }

    private boolean namesKindOfOrganisation(String word) {
        String concept = lexicon.concept(word);
        return concept != null && lexicon.isOrganisationKind(concept);
    }

    private static FollowUpWords load() {
        Set<String> refersBack = new HashSet<>();
        Set<String> continues = new HashSet<>();
        Set<String> opensAfter = new HashSet<>();
        Set<String> afterOpening = new HashSet<>();
        Set<String> impersonal = new HashSet<>();
        Set<String> describesAfter = new HashSet<>();
        Set<String> followsFrom = new HashSet<>();
        for (String[] cells : LanguageData.rows(RESOURCE, 3)) {
            Collection<String> forms = switch (cells[0]) {
                case "refers-back" -> refersBack;
                case "continues" -> continues;
                case "opens-after" -> opensAfter;
                case "after-opening" -> afterOpening;
                case "impersonal" -> impersonal;
                case "describes-after" -> describesAfter;
                case "follows-from" -> followsFrom;
                default -> throw new IllegalStateException(RESOURCE + ": kind '" + cells[0]
                        + "' is none of refers-back, continues, opens-after, after-opening,"
                        + " impersonal, describes-after, follows-from");
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
        return new FollowUpWords(Set.copyOf(refersBack), List.copyOf(continues), Set.copyOf(opensAfter),
                Set.copyOf(afterOpening), Set.copyOf(impersonal), Set.copyOf(describesAfter), Set.copyOf(followsFrom),
                Set.copyOf(functionWords),
                LanguageLexicon.load());
    }

    /** Holds the shipped words, read on first use. */
    private static final class Shipped {
        private static final FollowUpWords WORDS = load();
    }
}
