package dev.docket.language;

import java.util.function.Predicate;

/**
 * The first part of a closed compound ("Gesundheits" in "Gesundheitsministerium"): a known word as it is, or
 * followed by a linking letter ("s", "n", "e"). One reading for the lexicons and the word dictionaries.
 */
final class CompoundModifier {

    private CompoundModifier() {
    }

    /**
     * Whether {@code part} is a word {@code knows} accepts, as it is, without a linking letter when it is longer
     * than {@code shortest}, or as the stem of a verb whose infinitive ends in "en" ("Wohn" in "Wohnblock", "Dosier"
     * in "Dosierpumpe").
     */
    static boolean isModifier(String part, int shortest, Predicate<String> knows) {
        if (knows.test(part) || knows.test(part + "en")) {
            return true;
        }
        char last = part.charAt(part.length() - 1);
        return (last == 's' || last == 'n' || last == 'e') && part.length() > shortest
                && knows.test(part.substring(0, part.length() - 1));
    }
}
