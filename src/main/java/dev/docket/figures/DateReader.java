package dev.docket.figures;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds dates in a sentence's tokens: "March 3", "March 3rd", "Mar 3, 2021", "3. März", "1er mars",
 * "3 mars 2021", "2021-03-03", "March 2021", a year after a year cue ("in 1987"), and relative dates
 * ({@link RelativeDates}). A date without a year takes, when the document has a date, the year that places it
 * nearest to that date, before or after it (a hearing "on November 14" in an article of early October is in the
 * same year; "December 30" in an article of January 2 is in the year before); otherwise it stays without a year
 * ("--03-03").
 */
final class DateReader {

    private final FigureLexicon lexicon;
    private final RelativeDates relativeDates;

    DateReader(FigureLexicon lexicon) {
        this.lexicon = lexicon;
        this.relativeDates = new RelativeDates(lexicon);
    }

    /** The dates in {@code tokens}, marking their tokens in {@code taken}. */
    List<Quantity> read(List<Token> tokens, String language, LocalDate documentDate, boolean[] taken) {
        List<Quantity> dates = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Quantity date = at(tokens, i, language, documentDate);
            if (date == null) {
                i++;
                continue;
            }
            dates.add(date);
            for (int t = date.from(); t < date.to(); t++) {
                taken[t] = true;
            }
            i = date.to();
        }
        return dates;
    }

    private Quantity at(List<Token> tokens, int i, String language, LocalDate documentDate) {
        Quantity date = iso(tokens, i);
        if (date == null) {
            date = monthFirst(tokens, i, documentDate);
        }
        if (date == null) {
            date = dayFirst(tokens, i, language, documentDate);
        }
        if (date == null) {
            date = year(tokens, i, language);
        }
        return date == null ? relativeDates.at(tokens, i, language, documentDate) : date;
    }

    private static Quantity iso(List<Token> tokens, int i) {
        if (i + 4 >= tokens.size() || !text(tokens, i).matches("\\d{4}") || !text(tokens, i + 1).equals("-")
                || !text(tokens, i + 2).matches("\\d{2}") || !text(tokens, i + 3).equals("-")
                || !text(tokens, i + 4).matches("\\d{2}")) {
            return null;
        }
        String iso = text(tokens, i) + "-" + text(tokens, i + 2) + "-" + text(tokens, i + 4);
        try {
            return Quantity.date(i, i + 5, LocalDate.parse(iso).toString(), null);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "March 3", "March 3rd", "Mar. 3, 2021", "March 2021". */
    private Quantity monthFirst(List<Token> tokens, int i, LocalDate documentDate) {
        int month = tokens.get(i).isWord() ? lexicon.month(tokens.get(i).text()) : 0;
        if (month == 0) {
            return null;
        }
        int at = i + 1 < tokens.size() && text(tokens, i + 1).equals(".") ? i + 2 : i + 1;
        if (at < tokens.size() && text(tokens, at).matches("(19|20)\\d\\d")) {
            return Quantity.date(i, at + 1, text(tokens, at) + "-" + twoDigits(month), null);
        }
        int day = day(tokens, at);
        if (day == 0) {
            return null;
        }
        int end = at + 1;
        if (end < tokens.size() && lexicon.isWord("ordinal", "en", tokens.get(end).folded())
                && tokens.get(end).start() == tokens.get(at).end()) {
            end++;
        }
        int year = 0;
        if (end + 1 < tokens.size() && text(tokens, end).equals(",") && text(tokens, end + 1).matches("(19|20)\\d\\d")) {
            year = Integer.parseInt(text(tokens, end + 1));
            end += 2;
        }
        return dated(i, end, year, month, day, documentDate);
    }

    /** "3. März", "3 mars 2021", "1er mars", "3 March". */
    private Quantity dayFirst(List<Token> tokens, int i, String language, LocalDate documentDate) {
        int day = day(tokens, i);
        if (day == 0) {
            return null;
        }
        int at = i + 1;
        if (at < tokens.size() && (text(tokens, at).equals(".") || lexicon.isWord("ordinal", language,
                tokens.get(at).folded()))) {
            at++;
        }
        int month = at < tokens.size() && tokens.get(at).isWord() ? lexicon.month(tokens.get(at).text()) : 0;
        if (month == 0) {
            return null;
        }
        int end = at + 1;
        int year = 0;
        if (end < tokens.size() && text(tokens, end).matches("(19|20)\\d\\d")) {
            year = Integer.parseInt(text(tokens, end));
            end++;
        }
        return dated(i, end, year, month, day, documentDate);
    }

    /** A four-digit year right after a year cue ("in 1987", "the agency's 1987 report"). */
    private Quantity year(List<Token> tokens, int i, String language) {
        if (i == 0 || !text(tokens, i).matches("(19|20)\\d\\d")
                || !lexicon.isWord("year-cue", language, tokens.get(i - 1).folded())) {
            return null;
        }
        boolean amount = i + 1 < tokens.size() && (lexicon.match("scale", language, tokens, i + 1) != null
                || lexicon.match("percent", language, tokens, i + 1) != null);
        return amount ? null : Quantity.date(i, i + 1, text(tokens, i), null);
    }

    private static Quantity dated(int from, int to, int year, int month, int day, LocalDate documentDate) {
        try {
            MonthDay monthDay = MonthDay.of(month, day);
            if (year != 0) {
                return Quantity.date(from, to, monthDay.atYear(year).toString(), null);
            }
            if (documentDate == null) {
                return Quantity.date(from, to, monthDay.toString(), null);
            }
            return Quantity.date(from, to, nearest(monthDay, documentDate).toString(), null);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The day in the year before, of or after the document's date that lies nearest to it. */
    private static LocalDate nearest(MonthDay monthDay, LocalDate documentDate) {
        LocalDate best = null;
        for (int year = documentDate.getYear() - 1; year <= documentDate.getYear() + 1; year++) {
            LocalDate candidate = monthDay.atYear(year);
            if (best == null || distance(candidate, documentDate) < distance(best, documentDate)) {
                best = candidate;
            }
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static int day(List<Token> tokens, int at) {
        if (at >= tokens.size() || !text(tokens, at).matches("\\d{1,2}")) {
            return 0;
        }
        int day = Integer.parseInt(text(tokens, at));
        return day >= 1 && day <= 31 ? day : 0;
    }

    private static String twoDigits(int month) {
        return month < 10 ? "0" + month : Integer.toString(month);
    }

    private static String text(List<Token> tokens, int at) {
        return tokens.get(at).text();
    }
}
