package dev.docket.cli;

import dev.docket.answer.Answer;
import dev.docket.answer.Citation;
import dev.docket.answer.ExtractiveAnswerer;
import dev.docket.app.Application;
import dev.docket.knowledge.SourceDocument;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * An answer formatted for a terminal, laid out as on Discord: the answer with its {@code [n]} markers first, then
 * the one-line figure summary when sources disagree, then the sources, compact: number, title, outlet, date, file,
 * and the quoted sentence unless the answer already shows it (no quote twice); last, how it was answered.
 */
final class AnswerText {

    private AnswerText() {}

    /** {@code answer} without source dates. */
    static String format(Answer answer) {
        return format(answer, source -> null);
    }

    /** {@code answer} with each source's date as {@code sourceToDate} gives it (null when unknown). */
    static String format(Answer answer, Function<String, String> sourceToDate) {
        StringBuilder text = new StringBuilder(answer.text());
        if (answer.figureSummary() != null && !answer.figureSummary().isBlank()) {
            text.append("\n\n").append(answer.figureSummary().strip());
        }
        if (!answer.citations().isEmpty()) {
            text.append("\n\nSources:");
        }
        Set<String> shown = new HashSet<>();
        for (Citation citation : answer.citations()) {
            text.append("\n[").append(citation.n()).append("] ").append(citation.title());
            if (citation.outlet() != null) {
                text.append(" \u2014 ").append(citation.outlet());
            }
            String date = sourceToDate.apply(citation.source());
            if (date != null) {
                text.append(", ").append(date);
            }
            text.append(" \u00b7 ").append(citation.source());
            String quote = citation.snippet().strip();
            if (!quote.isEmpty() && !answer.text().contains(quote) && shown.add(quote)) {
                text.append("\n    \"").append(quote).append('"');
            }
        }
        if (answer.answered()) {
            text.append("\n(").append(howAnswered(answer)).append(')');
        }
        return text.toString();
    }

    /** The dates of the documents {@code application} serves, by knowledge file. */
    static Function<String, String> dates(Application application) {
        return source -> {
            SourceDocument document = application.knowledgeBase().current().document(source);
            return document == null ? null : document.date();
        };
    }

    private static String howAnswered(Answer answer) {
        String adapter = answer.adapter();
        if (adapter == null || adapter.equals(ExtractiveAnswerer.ADAPTER) || !answer.grounded()) {
            return "quoted from the articles";
        }
        return adapter.substring(adapter.indexOf(':') + 1) + ", checked against the sources";
    }
}
