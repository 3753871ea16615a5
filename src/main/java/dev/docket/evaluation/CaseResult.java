package dev.docket.evaluation;

import dev.docket.answer.Answer;

/**
 * How one case went: passed or not, and why not.
 *
 * @param factRetrieved for an answerable case, whether an expected alternative is in the text of the passages the
 *     answerer was given (recall); false for unanswerable cases and when the passages were not looked at
 */
public record CaseResult(
        EvaluationCase evaluationCase, Answer answer, boolean passed, String failure, boolean factRetrieved) {}
