package dev.docket.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one reader of numbers, amounts, scales, currencies, units, bands, ranges, percentages and dates in any
 * text: "2,000", "2.000" and "2 000"; "$5M", "5 Mio. $", "five million dollars", "half a million"; "3. März",
 * "March 3", "3 mars"; "single-digit millions". Unlike {@link FigureExtractor}, which keeps only figures with
 * something counted, it returns every number it reads, so a check can confirm each one; a year alone is a date,
 * a number word alone ("one of them") is prose, and "24/7" is not a figure.
 */
public final class FigureReader {

    private final Tokenizer tokenizer = new Tokenizer();
    private final FigureLexicon lexicon;
    private final DateReader dates;
    private final QuantityReader quantities;

    public FigureReader(FigureLexicon lexicon) {
        this.lexicon = lexicon;
        this.dates = new DateReader(lexicon);
        this.quantities = new QuantityReader(lexicon);
    }

    /**
     * The figures of {@code text}, in order.
     *
     * @param documentDate the date of the document the text is from, which gives a day without a year its year;
     *     null when unknown
     */
    public List<StatedFigure> read(String text, String language, LocalDate documentDate) {
        List<Token> tokens = tokenizer.tokens(text);
        boolean[] taken = new boolean[tokens.size()];
        List<Quantity> found = new ArrayList<>(dates.read(tokens, language, documentDate, taken));
        found.addAll(quantities.read(tokens, language, taken));
        boolean[] covered = taken.clone();
        List<StatedFigure> figures = new ArrayList<>();
        for (Quantity quantity : found) {
            for (int t = quantity.from(); t < quantity.to(); t++) {
                covered[t] = true;
            }
            if (!isProse(tokens, quantity)) {
                figures.add(stated(text, tokens, quantity));
            }
        }
        for (int t = 0; t < tokens.size(); t++) {
            if (!covered[t] && tokens.get(t).text().matches("(19|20)\\d\\d") && !partOfTime(tokens, t)) {
                figures.add(stated(text, tokens, Quantity.date(t, t + 1, tokens.get(t).text(), null)));
            }
        }
        figures.sort(Comparator.comparingInt(StatedFigure::start));
        return figures;
    }

    /**
     * True if the words right after {@code figure} in {@code text} make it an amount per period ("a day", "pro
     * Tag", "par jour": the rate rows of figures.tsv), which is no total to compare with other totals.
     */
    public boolean isRate(String text, StatedFigure figure, String language) {
        List<Token> after = tokenizer.tokens(text.substring(Math.min(figure.end(), text.length())));
        return !after.isEmpty() && lexicon.match("rate", language, after, 0) != null;
    }

    /** True if {@code text} names a period anywhere ("a day", "pro Tag", "par jour"): it asks for an amount per period. */
    public boolean namesPeriod(String text, String language) {
        List<Token> tokens = tokenizer.tokens(text);
        for (int at = 0; at < tokens.size(); at++) {
            if (lexicon.match("rate", language, tokens, at) != null) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code word} names a month in one of the languages ("März", "juillet"). */
    public boolean isMonth(String word) {
        return lexicon.month(word) > 0;
    }

    /** A number word without scale or unit ("one of them", "zwei Firmen"), or a part of "24/7". */
    private static boolean isProse(List<Token> tokens, Quantity quantity) {
        if (quantity.kind() != FigureKind.COUNT || quantity.to() - quantity.from() != 1) {
            return false;
        }
        Token token = tokens.get(quantity.from());
        return token.isWord() || partOfTime(tokens, quantity.from());
    }

    /** "24/7": a number joined to another by a slash. */
    private static boolean partOfTime(List<Token> tokens, int at) {
        boolean before = at >= 2 && tokens.get(at - 1).text().equals("/") && tokens.get(at - 2).isNumber();
        boolean after = at + 2 < tokens.size() && tokens.get(at + 1).text().equals("/")
                && tokens.get(at + 2).isNumber();
        return before || after;
    }

    private static StatedFigure stated(String text, List<Token> tokens, Quantity quantity) {
        int start = tokens.get(quantity.from()).start();
        int end = tokens.get(quantity.to() - 1).end();
        return new StatedFigure(start, end, text.substring(start, end), quantity.kind(), quantity.value(),
                quantity.lower(), quantity.upper(), quantity.unit(), quantity.qualifier(), quantity.date());
    }
}
