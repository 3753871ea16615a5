package dev.docket.answer.llm;

import dev.docket.knowledge.Sentence;
import java.util.List;
import java.util.Map;

/**
 * The verdict on a model's reply.
 *
 * @param problem why the reply may not be shown, naming the offending figure or citation; null when grounded
 * @param citedInOrder the source numbers the reply cites, in order of first citation
 * @param sourceToSentences for each cited source, the sentences of its passage that state a figure of the reply
 */
record Grounding(String problem, List<Integer> citedInOrder, Map<Integer, List<Sentence>> sourceToSentences) {

    static Grounding failed(String problem) {
        return new Grounding(problem, List.of(), Map.of());
    }

    boolean grounded() {
        return problem == null;
    }
}
