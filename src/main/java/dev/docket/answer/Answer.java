package dev.docket.answer;

import java.util.List;

/**
 * An answer or a refusal.
 *
 * @param language the language the answer is written in (the question's, when Docket speaks it)
 * @param answered false for a refusal: the sources don't answer, or the question was not accepted
 * @param text the answer with {@code [n]} markers that refer to {@code citations}
 * @param adapter which answerer produced the text, e.g. "extractive" or "openai:gpt-4o-mini"
 * @param grounded true when every statement of the text is backed by its citations: verbatim quotes, or a model's
 *     answer that passed the grounding check; false for refusals
 * @param millis time from receiving the question to the answer
 * @param figureSummary one line in the answer's language saying who gives which value when the cited sources
 *     disagree on a figure, with their {@code [n]} markers; null when they don't
 */
public record Answer(
        String question,
        String language,
        boolean answered,
        String text,
        List<Citation> citations,
        String adapter,
        boolean grounded,
        long millis,
        String figureSummary) {

    public Answer {
        citations = List.copyOf(citations);
    }

    /** An answer without a figure summary. */
    public Answer(String question, String language, boolean answered, String text, List<Citation> citations,
            String adapter, boolean grounded, long millis) {
        this(question, language, answered, text, citations, adapter, grounded, millis, null);
    }

    public Answer withMillis(long elapsed) {
        return new Answer(question, language, answered, text, citations, adapter, grounded, elapsed, figureSummary);
    }
}
