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

    /** A sentence this short (characters) rarely says all there is: it names what the next one explains. */
    private static final int SHORT_SENTENCE = 80;

    /** Whether the sentence is short enough that the next one likely explains it ({@value #SHORT_SENTENCE} chars). */
    public boolean isShort() {
        return sentence.sentence().text().length() <= SHORT_SENTENCE;
    }

    /**
     * Whether this sentence comes right after {@code previous} in the same document: it often completes it ("... a
     * rise in fraud. Data from the regulator shows this.").
     */
    public boolean follows(ScoredSentence previous) {
        int gap = sentence.sentence().start() - previous.sentence().sentence().end();
        return document.source().equals(previous.document().source()) && gap >= 0 && gap <= 2;
    }

    /** The passage of the document that holds this sentence. */
    public Passage passage() {
        return document.passages().stream()
                .filter(passage -> passage.ordinal() == passageOrdinal)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(document.source() + ": passage " + passageOrdinal
                        + " of a retrieved sentence is missing from its document"));
    }
}
