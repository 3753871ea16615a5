package dev.docket.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * The best-ranked sentence of each passage, in the order of {@link #sentences()}, at most {@code limit}: the
     * passages an answerer is given as sources, best first.
     */
    public List<ScoredSentence> bestSentencePerPassage(int limit) {
        List<ScoredSentence> best = new ArrayList<>();
        Set<String> seenPassages = new HashSet<>();
        for (ScoredSentence sentence : sentences) {
            if (best.size() >= limit) {
                break;
            }
            if (seenPassages.add(sentence.document().source() + "#" + sentence.passageOrdinal())) {
                best.add(sentence);
            }
        }
        return best;
    }
}
