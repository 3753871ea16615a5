/**
 * What admins need to see, read from the question log: questions per day, the share answered, the most-asked
 * unanswered questions grouped when they ask the same thing in other words, answers voted down, median answer
 * time. Entry point: {@link dev.docket.insight.QuestionStats}.
 */
package dev.docket.insight;
