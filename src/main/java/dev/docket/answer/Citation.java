package dev.docket.answer;

/**
 * A numbered source of an answer.
 *
 * @param source the knowledge file, e.g. {@code knowledge/agency-report.md}
 * @param snippet exact text of that file, at {@code start}..{@code end}
 * @param outlet the publication, or null
 * @param url a link to the original, or null
 */
public record Citation(
        int n, String title, String outlet, String source, String url, String language, String snippet, int start,
        int end) {}
