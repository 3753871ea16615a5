package dev.docket.figures;

import java.util.List;
import java.util.Set;

/**
 * Reads what follows the number of an amount (a currency, "percent", a time unit) and decides its kind and
 * bounds. A bare four-digit number between 1900 and 2099 is left alone: it is a year, read by {@link DateReader}.
 * A number hyphenated to a unit and on to another word ("24-Stunden-Betrieb") describes that word: no figure.
 */
final class QuantityTail {

    private static final Set<String> CURRENCY_LINKS = Set.of("of", "de", "d'");

    private final FigureLexicon lexicon;
    private final List<Token> tokens;
    private final String language;

    QuantityTail(FigureLexicon lexicon, List<Token> tokens, String language) {
        this.lexicon = lexicon;
        this.tokens = tokens;
        this.language = language;
    }

    Quantity finish(
            int from, String qualifier, String currency, QuantityReader.Amount first, QuantityReader.Amount second,
            int end, int qualifierLength) {
        int at = end;
        String unit = currency;
        FigureKind kind = FigureKind.MONEY;
        if (unit == null) {
            int link = at < tokens.size() && CURRENCY_LINKS.contains(tokens.get(at).folded()) ? 1 : 0;
            FigureLexicon.Match suffix = lexicon.match("currency", "*", tokens, at + link);
            if (suffix != null && (link == 0 || first.scale() != null || second != null)) {
                unit = suffix.key();
                at += link + suffix.length();
            }
        }
        if (unit == null) {
            FigureLexicon.Match percent = lexicon.match("percent", language, tokens, at);
            int hyphen = at + 1 < tokens.size() && tokens.get(at).text().equals("-") ? 1 : 0;
            String timeUnit = at + hyphen < tokens.size() ? lexicon.timeUnit(tokens.get(at + hyphen).text()) : null;
            if (percent != null) {
                kind = FigureKind.PERCENT;
                unit = "percent";
                at += percent.length();
            } else if (timeUnit != null && hyphen == 1 && compoundContinues(at + 2)) {
                return null;
            } else if (timeUnit != null) {
                kind = FigureKind.DURATION;
                unit = timeUnit;
                at += hyphen + 1;
            } else {
                kind = FigureKind.COUNT;
            }
        }
        if (kind == FigureKind.COUNT && isYear(first, second, qualifier)) {
            return null;
        }
        if ("over".equals(qualifier) && kind == FigureKind.DURATION) {
            return bounds(from + qualifierLength, at, kind, unit, null, first, second);
        }
        return bounds(from, at, kind, unit, "over".equals(qualifier) ? "more-than" : qualifier, first, second);
    }

    /** "24-Stunden-Betrieb": the unit is joined by hyphens to a further word, so the figure is an adjective. */
    private boolean compoundContinues(int at) {
        return at + 1 < tokens.size() && tokens.get(at).text().equals("-")
                && tokens.get(at).start() == tokens.get(at - 1).end() && tokens.get(at + 1).isWord()
                && tokens.get(at + 1).start() == tokens.get(at).end();
    }

    private Quantity bounds(
            int from, int to, FigureKind kind, String unit, String qualifier, QuantityReader.Amount first,
            QuantityReader.Amount second) {
        if (second != null) {
            return new Quantity(from, to, kind, null, first.value(second.scale()), second.value(first.scale()),
                    unit, "range", null);
        }
        double value = first.value(null);
        Double lower = "more-than".equals(qualifier) ? value : null;
        Double upper = "less-than".equals(qualifier) ? value : null;
        return new Quantity(from, to, kind, value, lower, upper, unit, qualifier, null);
    }

    private boolean isYear(QuantityReader.Amount first, QuantityReader.Amount second, String qualifier) {
        String text = tokens.get(first.numberToken()).text();
        return second == null && qualifier == null && first.scale() == null && text.matches("(19|20)\\d\\d");
    }
}
