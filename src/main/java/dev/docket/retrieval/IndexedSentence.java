package dev.docket.retrieval;

import dev.docket.knowledge.Sentence;
import java.util.Set;

/**
 * A sentence as the answer ranking sees it: its language-neutral terms and what kinds of facts it states.
 *
 * @param sharedTerms the sentence's terms in the shared field (see {@link SharedTermFilter})
 * @param hasNumber it states an amount or count
 * @param hasDate it names a month or a date
 * @param hasName it names a person or organisation beyond its first word
 * @param vector the sentence's unit-length embedding
 */
public record IndexedSentence(
        Sentence sentence,
        Set<String> sharedTerms,
        boolean hasNumber,
        boolean hasDate,
        boolean hasName,
        float[] vector) {

    public IndexedSentence {
        sharedTerms = Set.copyOf(sharedTerms);
    }
}
