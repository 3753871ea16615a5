package dev.docket.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds amounts of money, counts, durations and percentages in a sentence's tokens: an optional qualifier
 * ("more than", "etwa"), an optional currency sign, a number (digits, a number word, or a half before a scale
 * word), an optional range end, scale word, currency and unit. Bands ("single-digit millions") are amounts too.
 * Tokens already taken by dates are skipped.
 */
final class QuantityReader {

    private final FigureLexicon lexicon;
    private final NumberReader numbers = new NumberReader();
    private final BandReader bands;

    QuantityReader(FigureLexicon lexicon) {
        this.lexicon = lexicon;
        this.bands = new BandReader(lexicon);
    }

    /** The amounts in {@code tokens}, in order; {@code taken[i]} marks tokens that belong to dates. */
    List<Quantity> read(List<Token> tokens, String language, boolean[] taken) {
        List<Quantity> quantities = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Quantity quantity = taken[i] ? null : at(tokens, i, language, taken);
            if (quantity == null) {
                i++;
            } else {
                quantities.add(quantity);
                i = quantity.to();
            }
        }
        return quantities;
    }

    private Quantity at(List<Token> tokens, int from, String language, boolean[] taken) {
        Quantity band = bands.at(tokens, from, language);
        if (band != null) {
            return band;
        }
        int at = from;
        FigureLexicon.Match qualifier = lexicon.match("qualifier", language, tokens, at);
        at += qualifier == null ? 0 : qualifier.length();
        String currency = currencySignAt(tokens, at);
        at += currency == null ? 0 : currencyLength(tokens, at);
        Amount first = amountAt(tokens, at, language, taken);
        if (first == null) {
            return qualifier == null ? null : shareAt(tokens, from, at, qualifier.key(), language);
        }
        Amount second = null;
        int end = first.end();
        FigureLexicon.Match range = lexicon.match("range", language, tokens, end);
        if (range != null) {
            int next = end + range.length();
            next += currencySignAt(tokens, next) == null ? 0 : currencyLength(tokens, next);
            second = amountAt(tokens, next, language, taken);
            if (second != null && second.value(first.scale()) > first.value(second.scale())) {
                end = second.end();
            } else {
                second = null;
            }
        }
        return new QuantityTail(lexicon, tokens, language).finish(
                from, qualifier == null ? null : qualifier.key(), currency, first, second, end,
                qualifier == null ? 0 : qualifier.length());
    }

    /**
     * A number with its scale: "2.5 million", "fünf", "einer halben Million". {@code scale} is null without
     * a scale word; {@code end} is the token after it.
     */
    record Amount(double number, Double scale, boolean digits, int numberToken, int end) {

        double value(Double otherScale) {
            Double multiplier = scale != null ? scale : otherScale;
            return multiplier == null ? number : number * multiplier;
        }
    }

    private Amount amountAt(List<Token> tokens, int at, String language, boolean[] taken) {
        if (at >= tokens.size() || taken[at]) {
            return null;
        }
        Token token = tokens.get(at);
        FigureLexicon.Match half = lexicon.match("half", language, tokens, at);
        if (half != null) {
            FigureLexicon.Match scale = lexicon.match("scale", language, tokens, at + half.length());
            return scale == null ? null : new Amount(Double.parseDouble(half.key()),
                    Double.valueOf(scale.key()), false, at, at + half.length() + scale.length());
        }
        Double number = token.isNumber() ? numbers.read(token.text(), language) : null;
        boolean digits = number != null;
        if (number == null && token.isWord() && lexicon.numberWord(token.text()) > 0) {
            number = (double) lexicon.numberWord(token.text());
        }
        if (number == null || isTimeOfDay(tokens, at)) {
            return null;
        }
        FigureLexicon.Match scale = lexicon.match("scale", language, tokens, at + 1);
        if (scale != null && !adjacentOrSpaced(tokens, at)) {
            scale = null;
        }
        return new Amount(number, scale == null ? null : Double.valueOf(scale.key()), digits, at,
                at + 1 + (scale == null ? 0 : scale.length()));
    }

    /** A share in words after a qualifier: "more than half", "mehr als die Hälfte", "près de la moitié". */
    private Quantity shareAt(List<Token> tokens, int from, int at, String qualifier, String language) {
        FigureLexicon.Match share = lexicon.match("share", language, tokens, at);
        if (share == null) {
            return null;
        }
        double percent = Double.parseDouble(share.key());
        String bound = "over".equals(qualifier) ? "more-than" : qualifier;
        return new Quantity(from, at + share.length(), FigureKind.PERCENT, percent,
                "more-than".equals(bound) ? percent : null, "less-than".equals(bound) ? percent : null, "percent",
                bound, null);
    }

    /** "4:17" is a time, "4" alone before "Uhr" is not handled: times are not figures. */
    private static boolean isTimeOfDay(List<Token> tokens, int at) {
        boolean before = at >= 2 && tokens.get(at - 1).text().equals(":") && tokens.get(at - 2).isNumber();
        boolean after = at + 2 < tokens.size() && tokens.get(at + 1).text().equals(":")
                && tokens.get(at + 2).isNumber();
        return before || after;
    }

    /** A scale word belongs to the number unless a line break or punctuation separates them. */
    private static boolean adjacentOrSpaced(List<Token> tokens, int at) {
        return tokens.get(at + 1).start() - tokens.get(at).end() <= 1;
    }

    private String currencySignAt(List<Token> tokens, int at) {
        FigureLexicon.Match match = lexicon.match("currency", "*", tokens, at);
        if (match == null) {
            return null;
        }
        Token first = tokens.get(at);
        boolean signOrCode = first.type() == Token.Type.SYMBOL || first.text().equals(first.text().toUpperCase(
                java.util.Locale.ROOT)) && first.text().length() <= 3;
        return signOrCode ? match.key() : null;
    }

    private int currencyLength(List<Token> tokens, int at) {
        return lexicon.match("currency", "*", tokens, at).length();
    }
}
