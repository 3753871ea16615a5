package dev.docket.evaluation;

import java.util.List;

/**
 * One question of an evaluation set.
 *
 * @param expect alternatives of the expected fact; the answer must contain one (ignored when not answerable)
 * @param sources file names of the articles that hold the fact; a citation must quote one of them
 * @param crossLingual the fact is only in articles of another language than the question; implied by the
 *     cross-lingual style
 * @param style how the question is worded; when a set leaves it out it is derived: near-topic for a question the
 *     articles don't answer, cross-lingual for a cross-lingual one, formal otherwise
 */
public record EvaluationCase(
        String id, String question, String language, boolean answerable, List<String> expect, List<String> sources,
        boolean crossLingual, QuestionStyle style) {

    public EvaluationCase {
        expect = expect == null ? List.of() : List.copyOf(expect);
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (style == null) {
            style = derivedStyle(answerable, crossLingual);
        }
        crossLingual = crossLingual || style == QuestionStyle.CROSS_LINGUAL;
        if (style.answerable() != answerable) {
            throw new IllegalArgumentException("case " + id + ": style " + style.label() + " is for questions the"
                    + " articles " + (style.answerable() ? "answer" : "don't answer") + ", but answerable is "
                    + answerable + "; change the style or answerable");
        }
        if (answerable && expect.isEmpty()) {
            throw new IllegalArgumentException("case " + id + ": answerable, but expect is empty; list the"
                    + " alternatives of the fact a correct answer must contain");
        }
        if (answerable && sources.isEmpty()) {
            throw new IllegalArgumentException("case " + id + ": answerable, but sources is empty; list the"
                    + " knowledge files that state the fact");
        }
    }

    private static QuestionStyle derivedStyle(boolean answerable, boolean crossLingual) {
        if (!answerable) {
            return QuestionStyle.NEAR_TOPIC_UNANSWERABLE;
        }
        return crossLingual ? QuestionStyle.CROSS_LINGUAL : QuestionStyle.FORMAL;
    }
}
