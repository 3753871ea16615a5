package dev.docket.figures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;

/**
 * Relative dates ("last week", "letzte Woche", "le mois dernier", "Friday morning"). They are resolved only
 * when the document's date makes the answer certain: yesterday, today, last week (as an ISO week), last month
 * and last year. A weekday is never resolved (which week it means is not certain); neither is anything in a
 * document without a date. Unresolved dates keep a null date and are shown as written.
 */
final class RelativeDates {

    private final FigureLexicon lexicon;

    RelativeDates(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Quantity at(List<Token> tokens, int i, String language, LocalDate documentDate) {
        FigureLexicon.Match match = lexicon.match("relative", language, tokens, i);
        if (match == null) {
            return null;
        }
        return Quantity.date(i, i + match.length(), resolve(match.key(), documentDate), "relative");
    }

    static String resolve(String key, LocalDate documentDate) {
        if (documentDate == null) {
            return null;
        }
        switch (key) {
            case "yesterday":
                return documentDate.minusDays(1).toString();
            case "today":
                return documentDate.toString();
            case "last-week":
                LocalDate weekAgo = documentDate.minusWeeks(1);
                return String.format("%d-W%02d", weekAgo.get(IsoFields.WEEK_BASED_YEAR),
                        weekAgo.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "last-month":
                return YearMonth.from(documentDate).minusMonths(1).toString();
            case "last-year":
                return Integer.toString(documentDate.getYear() - 1);
            default:
                return null;
        }
    }
}
