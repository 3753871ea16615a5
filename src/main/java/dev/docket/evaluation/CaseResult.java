package dev.docket.evaluation;

import dev.docket.answer.Answer;

/** How one case went: passed or not, and why not. */
public record CaseResult(EvaluationCase evaluationCase, Answer answer, boolean passed, String failure) {}
