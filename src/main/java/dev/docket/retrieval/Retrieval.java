package dev.docket.retrieval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What retrieval found for a question, and the snapshot it found it in.
 *
 * @param index the knowledge snapshot retrieval read; every later step of the answer reads this one, so a reload
 *     in between never mixes two versions
 * @param sentences candidate answer sentences, best first
 * @param answerable whether the evidence is strong enough to quote an answer; false means refuse
 * @param relevant whether any passage is related to the question at all: a model is given the passages and
 *     decides when this holds, even when {@code answerable} doesn't
 * @param evidence what the decisions saw
 */
public record Retrieval(
        AnalyzedQuestion question,
        KnowledgeIndex index,
        List<ScoredSentence> sentences,
        boolean answerable,
        boolean relevant,
        AnswerEvidence evidence) {

    public Retrieval {
        sentences = List.copyOf(sentences);
    }

    static Retrieval nothing(AnalyzedQuestion question, KnowledgeIndex index) {
        return new Retrieval(question, index, List.of(), false, false, AnswerEvidence.none());
    }

    /**
     * The best-ranked sentence of each passage, in the order of {@link #sentences()}, at most {@code limit}: the
     * passages an answerer is given as sources, best first. The last place goes to the best passage in a language none
     * of the passages before it is in, when there is one: the articles of one language often restate the question in
     * its own words, and the fact may stand only in an article of another.
     */
    public List<ScoredSentence> bestSentencePerPassage(int limit) {
        List<ScoredSentence> best = new ArrayList<>();
        Set<String> seenPassages = new HashSet<>();
        for (ScoredSentence sentence : sentences) {
            if (best.size() == limit) {
                break;
            }
            if (seenPassages.add(sentence.document().source() + "#" + sentence.passageOrdinal())) {
                best.add(sentence);
            }
        }
        if (best.size() == limit && limit > 1) {
            Set<String> languagesBefore = new HashSet<>();
            best.subList(0, limit - 1).forEach(sentence -> languagesBefore.add(sentence.document().language()));
            if (languagesBefore.contains(best.get(limit - 1).document().language())) {
                // The first sentence of a language none of them is in is the best of its passage.
                sentences.stream().filter(sentence -> !languagesBefore.contains(sentence.document().language()))
                        .findFirst().ifPresent(other -> best.set(limit - 1, other));
            }
        }
        return best;
    }
}
