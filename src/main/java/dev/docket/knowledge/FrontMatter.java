package dev.docket.knowledge;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The optional YAML header of a Markdown or text file, between two {@code ---} lines. All keys are optional;
 * unknown keys make the file invalid so that typos are noticed.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record FrontMatter(String title, String outlet, String language, String date, String url) {

    static final FrontMatter NONE = new FrontMatter(null, null, null, null, null);
}
