package dev.docket.retrieval;

import dev.docket.language.QuestionKind;
import java.util.Set;

/**
 * A question ready for retrieval.
 *
 * @param language ISO 639-1 code of the question's language
 * @param kind what answer it wants
 * @param topicText the question without its question words, for the lexical fields
 * @param sharedTerms its language-neutral terms (see {@link SharedTermFilter})
 * @param nameTerms shared terms of the capitalized words after its first word: names it asks about
 * @param vector its unit-length embedding
 * @param glossVector the unit-length embedding of its English gloss ({@link EnglishGloss}), or null for an
 *     English question or one the lexicons cannot render
 */
public record AnalyzedQuestion(
        String text,
        String language,
        QuestionKind kind,
        String topicText,
        Set<String> sharedTerms,
        Set<String> nameTerms,
        float[] vector,
        float[] glossVector) {

    public AnalyzedQuestion {
        sharedTerms = Set.copyOf(sharedTerms);
        nameTerms = Set.copyOf(nameTerms);
    }
}
