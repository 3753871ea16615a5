package dev.docket.retrieval;

import java.util.List;

/**
 * What retrieval found for a question.
 *
 * @param sentences candidate answer sentences, best first
 * @param answerable whether the best evidence is strong enough to answer; false means refuse
 * @param evidence the strength of the best evidence, for diagnostics
 */
public record Retrieval(
        AnalyzedQuestion question, List<ScoredSentence> sentences, boolean answerable, double evidence) {

    public Retrieval {
        sentences = List.copyOf(sentences);
    }
}
