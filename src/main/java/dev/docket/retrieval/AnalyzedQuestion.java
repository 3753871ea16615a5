package dev.docket.retrieval;

import dev.docket.language.QuestionKind;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A question ready for retrieval.
 *
 * @param searchText the text as retrieval reads it: misspelled words corrected to words the knowledge uses
 * @param language ISO 639-1 code of the question's language
 * @param kind what answer it wants
 * @param topicText the question without its question words, for the lexical fields
 * @param sharedTerms its language-neutral terms (see {@link SharedTermFilter})
 * @param unknownWords its content words (no function or question words) that no document uses, even after
 *     spelling correction: often what the knowledge doesn't cover
 * @param unknownNames those of them written with a capital after the first word that the lexicons don't know
 *     either: names of things the knowledge never mentions; and the years and months (beside a number or capitalized) that no
 *     document mentions: another time than the articles cover
 * @param countedTerms the concepts a "how many" question counts: those of the words right after its count phrase
 *     ({@code language/count-phrases.tsv}), forms of an answer left out; the words themselves when neither the
 *     knowledge nor the lexicons know any of them ("suitcases"); empty for any other question
 * @param countedUnit the unit a "how many" question measures in, among the words right after its count phrase
 *     ("wie viele Tage": "day"), or "percent" for a question asking for a share ("quelle part",
 *     {@code language/share-phrases.tsv}), or null
 * @param vector its unit-length embedding
 * @param glossVector the unit-length embedding of its English gloss ({@link EnglishGloss}), or null for an
 *     English question or one the lexicons cannot render
 * @param asksReason whether it asks why ({@code language/reason-phrases.tsv})
 * @param asksClockTime whether it asks for a time of day ({@code language/clock-times.tsv})
 * @param asksStatement whether it asks what a party said, and for no figure, date or name ({@code
 *     language/statement-phrases.tsv})
 */
public record AnalyzedQuestion(
        String text,
        String searchText,
        String language,
        QuestionKind kind,
        String topicText,
        Set<String> sharedTerms,
        Set<String> unknownWords,
        Set<String> unknownNames,
        Set<String> countedTerms,
        String countedUnit,
        float[] vector,
        float[] glossVector,
        boolean asksReason,
        boolean asksClockTime,
        boolean asksStatement) {

    /**
     * The sets keep the question's word order ({@code Set.copyOf} would not, and its order changes from run to run):
     * "the first concept" of a question is a real word's, and sums over its terms come out the same every time.
     */
    public AnalyzedQuestion {
        sharedTerms = ordered(sharedTerms);
        unknownWords = ordered(unknownWords);
        unknownNames = ordered(unknownNames);
        countedTerms = ordered(countedTerms);
    }

    private static Set<String> ordered(Set<String> terms) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(terms));
    }
}
