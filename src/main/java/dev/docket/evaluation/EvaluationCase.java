package dev.docket.evaluation;

import java.util.List;

/**
 * One question of an evaluation set.
 *
 * @param expect alternatives of the expected fact; the answer must contain one (ignored when not answerable)
 * @param sources file names of the articles that hold the fact; a citation must quote one of them
 * @param crossLingual the fact is only in articles of another language than the question
 */
public record EvaluationCase(
        String id, String question, String language, boolean answerable, List<String> expect, List<String> sources,
        boolean crossLingual) {

    public EvaluationCase {
        expect = expect == null ? List.of() : List.copyOf(expect);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
