/**
 * Answers with citations. Entry points: {@link dev.docket.answer.QuestionHandler} for front ends and the
 * {@link dev.docket.answer.Answerer} seam, whose offline default is {@link dev.docket.answer.ExtractiveAnswerer}.
 */
package dev.docket.answer;
