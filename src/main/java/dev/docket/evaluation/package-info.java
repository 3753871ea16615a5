/**
 * Evaluation sets (questions with their language, style and expected facts), their grading and recall@5, as
 * {@code docket eval} and the quality tests run them. Entry point: {@link dev.docket.evaluation.Evaluator}.
 */
package dev.docket.evaluation;
