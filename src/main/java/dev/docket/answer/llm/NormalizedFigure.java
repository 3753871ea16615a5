package dev.docket.answer.llm;

/**
 * A figure found in a text, in a form that is the same across languages and formats.
 *
 * @param key the normalized value: a plain decimal ("500000000", "8.5") or a day of a month ("date 07-19")
 * @param text the figure as written, for log lines
 */
public record NormalizedFigure(String key, String text) {}
