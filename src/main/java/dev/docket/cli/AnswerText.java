package dev.docket.cli;

import dev.docket.answer.Answer;
import dev.docket.answer.Citation;

/** An answer formatted for a terminal: the text, then each citation with its source and quoted snippet. */
final class AnswerText {

    private AnswerText() {}

    static String format(Answer answer) {
        StringBuilder text = new StringBuilder(answer.text());
        if (!answer.citations().isEmpty()) {
            text.append("\n\nSources:");
        }
        for (Citation citation : answer.citations()) {
            text.append("\n[").append(citation.n()).append("] ").append(citation.title());
            if (citation.outlet() != null) {
                text.append(" (").append(citation.outlet()).append(')');
            }
            text.append(" — ").append(citation.source());
            text.append("\n    \"").append(citation.snippet()).append('"');
        }
        return text.toString();
    }
}
