package dev.docket.config;

/**
 * How answers are composed.
 *
 * @param maxSentences sentences quoted in an extractive answer (1 to 3)
 * @param maxQuestionChars longer questions are refused with a message naming the limit
 */
public record AnswerConfig(int maxSentences, int maxQuestionChars) {

    public AnswerConfig {
        if (maxSentences < 1 || maxSentences > 3) {
            throw new IllegalArgumentException("answer.max-sentences: must be 1, 2 or 3, was " + maxSentences);
        }
        ConfigChecks.positive("answer.max-question-chars", maxQuestionChars);
    }

    public static AnswerConfig defaults() {
        return new AnswerConfig(3, 500);
    }
}
