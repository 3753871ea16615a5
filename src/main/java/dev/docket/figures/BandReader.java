package dev.docket.figures;

import java.util.List;

/**
 * Reads amounts said as a number of digits ("single-digit millions", "im einstelligen Millionenbereich"): a
 * range from the smallest to the largest number with that many digits. Money when a currency follows or a money
 * noun ("amount", "Betrag", "montant") comes shortly before.
 */
final class BandReader {

    private static final int MONEY_NOUN_WINDOW = 6;

    private final FigureLexicon lexicon;

    BandReader(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Quantity at(List<Token> tokens, int from, String language) {
        FigureLexicon.Match band = lexicon.match("band", language, tokens, from);
        if (band == null) {
            return null;
        }
        String[] digitsAndScale = band.key().split(":");
        double scale = Double.parseDouble(digitsAndScale[1]);
        double lower = Math.pow(10, Integer.parseInt(digitsAndScale[0]) - 1) * scale;
        double upper = lower * 10 - 1;
        int to = from + band.length();
        String currency = null;
        int link = to < tokens.size() && List.of("of", "de", "d'").contains(tokens.get(to).folded()) ? 1 : 0;
        FigureLexicon.Match suffix = lexicon.match("currency", "*", tokens, to + link);
        if (suffix != null) {
            currency = suffix.key();
            to += link + suffix.length();
        }
        FigureKind kind = currency != null || moneyNounBefore(tokens, from, language) ? FigureKind.MONEY
                : FigureKind.COUNT;
        return new Quantity(from, to, kind, null, lower, upper, currency, "band", null);
    }

    private boolean moneyNounBefore(List<Token> tokens, int from, String language) {
        for (int i = Math.max(0, from - MONEY_NOUN_WINDOW); i < from; i++) {
            if (lexicon.isWord("money-noun", language, tokens.get(i).folded())) {
                return true;
            }
        }
        return false;
    }
}
