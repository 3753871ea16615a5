package dev.docket.knowledge;

import java.util.List;

/**
 * One knowledge file, read and split.
 *
 * @param source the path shown to users, e.g. {@code knowledge/agency-report.md}
 * @param text the file's text (decoded, or extracted for HTML and PDF); passage offsets point into it
 * @param contentHash SHA-256 of the file's bytes, to notice changes and duplicates
 * @param outlet the publication, or null when the file does not say
 * @param date the publication date as written in the front matter, or null
 * @param url a link to the original, or null
 */
public record SourceDocument(
        String source,
        String title,
        String outlet,
        String language,
        String date,
        String url,
        String text,
        String contentHash,
        List<Passage> passages) {

    public SourceDocument {
        passages = List.copyOf(passages);
    }
}
