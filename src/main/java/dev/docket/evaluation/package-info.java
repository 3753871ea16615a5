/**
 * The evaluation set and its grading, as {@code docket eval} and the quality test run them. Entry point:
 * {@link dev.docket.evaluation.Evaluator}.
 */
package dev.docket.evaluation;
