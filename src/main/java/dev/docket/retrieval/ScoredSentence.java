package dev.docket.retrieval;

import dev.docket.knowledge.Passage;
import dev.docket.knowledge.SourceDocument;

/**
 * A candidate answer sentence.
 *
 * @param coverage share (by weight) of the question's terms found in the sentence and its passage
 * @param score the ranking score that combines coverage, fused rank, similarity and answer kind
 * @param statesWhatIsAsked it states the very thing the question asks for, not only its kind: a count of what a "how
 *     many" question counts, the date of what a "when" question dates, the holder of the role a "who" question names,
 *     a cause or a reason for a "why" question
 */
public record ScoredSentence(SourceDocument document, int passageOrdinal, IndexedSentence sentence, double coverage,
        double score, boolean statesWhatIsAsked) {

    /** The passage of the document that holds this sentence. */
    public Passage passage() {
        return document.passages().stream()
                .filter(passage -> passage.ordinal() == passageOrdinal)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(document.source() + ": passage " + passageOrdinal
                        + " of a retrieved sentence is missing from its document"));
    }
}
