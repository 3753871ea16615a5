package dev.docket.retrieval;

import dev.docket.knowledge.Sentence;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * A sentence as the answer ranking sees it: its language-neutral terms and what kinds of facts it states.
 *
 * @param sharedTerms the sentence's terms in the shared field (see {@link SharedTermFilter})
 * @param hasNumber it states an amount or count
 * @param statesMoney it states a sum in a currency: a currency word or code next to a number ("EUR 4.1 million",
 *     "4,1 Millionen Euro") or a currency symbol before one ("$70 million")
 * @param hasDate it names a month or a date
 * @param personRoles the roles it gives the persons it names: the role concepts beside a person's name ("First
 *     Last" and "lawyer": "~lawyer"; {@code SentenceFeatures})
 * @param countedTerms what it counts: the terms within {@code SentenceFeatures.COUNTED_WITHIN} terms after a number
 *     that is no date ("40 Velora buses" counts "~bus" and "velor"), what a "how many" question asks about
 * @param durations the spans of time it measures, as number and time unit ("6 hour" for "six hours", "sechs
 *     Stunden", "six heures"; {@code language/duration-phrases.tsv}): which of them the most documents measure
 * @param dates the days it states, as month and day ("m07-19" for "19 July", "July 19", "19. Juli"): which of
 *     its dates are the same day as another sentence's
 * @param datedTerms what it dates: the terms within {@code SentenceFeatures.DATED_WITHIN} terms before or after a
 *     date, numbers and months aside ("the vendor released the update on 3 March": "~release", "~update"), what a
 *     "when" question asks about
 * @param nameTerms the shared terms of the names it uses: capitalized words after its first that are no function
 *     or lexicon words ("Velora", "Bundesamt"), what a "which ..." question may ask for
 * @param namePairs each name it uses (its first word included) with each concept within
 *     {@code SentenceFeatures.NAMED_WITHIN} terms before or after it, as "name ~concept" ("velor ~system" for
 *     "Velora systems"): what its names are ("which system"), and whose a role is ("Velora's lawyer")
 * @param embedding the sentence's unit-length embedding, compact (sentences with the same text share one)
 * @param glossEmbedding the unit-length embedding of its English gloss ({@link EnglishGloss}), compact, or null for
 *     a sentence the model reads as it is (English) or with no gloss
 */
public record IndexedSentence(
        Sentence sentence,
        Set<String> sharedTerms,
        boolean hasNumber,
        boolean statesMoney,
        boolean hasDate,
        Set<String> personRoles,
        Set<String> countedTerms,
        Set<String> durations,
        Set<String> dates,
        Set<String> datedTerms,
        Set<String> nameTerms,
        Set<String> namePairs,
        CompactVector embedding,
        CompactVector glossEmbedding) {

    public IndexedSentence {
        sharedTerms = Set.copyOf(sharedTerms);
        countedTerms = Set.copyOf(countedTerms);
        durations = Set.copyOf(durations);
        dates = Set.copyOf(dates);
        datedTerms = Set.copyOf(datedTerms);
        nameTerms = Set.copyOf(nameTerms);
        namePairs = Set.copyOf(namePairs);
        personRoles = Set.copyOf(personRoles);
    }

    /** Whether it names a person beside a role ({@link #personRoles()}). */
    public boolean namesPerson() {
        return !personRoles.isEmpty();
    }

    /** Whether some "name ~concept" pair of {@link #namePairs()} passes {@code test} (name, concept). */
    public boolean anyNamePair(BiPredicate<String, String> test) {
        return namePairs.stream().anyMatch(pair -> pairPasses(pair, test));
    }

    /** Whether a "name ~concept" pair ({@link #namePairs()}) passes {@code test} (name, concept). */
    static boolean pairPasses(String pair, BiPredicate<String, String> test) {
        int space = pair.indexOf(' ');
        return test.test(pair.substring(0, space), pair.substring(space + 1));
    }

    /** Each "name ~concept" pair of {@link #namePairs()}, given to {@code action} as (name, concept). */
    public void forEachNamePair(BiConsumer<String, String> action) {
        anyNamePair((name, concept) -> {
            action.accept(name, concept);
            return false;
        });
    }

    /** Whether it uses a name none of {@code terms} is: what a "which ..." question asks for. */
    public boolean namesOtherThan(Set<String> terms) {
        return nameTerms.stream().anyMatch(name -> !terms.contains(name));
    }

    /** The sentence's unit-length embedding, decoded (a new array each call). */
    public float[] vector() {
        return embedding.toFloats();
    }

    /** The unit-length embedding of its English gloss, decoded, or null when it has none. */
    public float[] glossVector() {
        return glossEmbedding == null ? null : glossEmbedding.toFloats();
    }
}
