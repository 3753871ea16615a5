package dev.docket.figures;

import java.util.List;

/**
 * Finds the thing a figure counts: the noun right after the amount ("2,000 widgets", "2.000 gelieferte Geräte",
 * "2 000 colis livrés"), else the noun the amount is linked to ("a loss of $5", "une perte de 5 millions",
 * "Kosten in Höhe von ..."), else for counts the noun after a measure noun in the sentence ("the number of
 * widgets", "die Zahl der gelieferten Geräte"). German nouns are told by their capital letter.
 */
final class CountedNouns {

    private static final int MAX_ENGLISH_WORDS = 3;
    private static final int MAX_SKIPPED_ADJECTIVES = 2;

    private final FigureLexicon lexicon;

    CountedNouns(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Token range [from, to) of the counted noun, or null. */
    int[] find(List<Token> tokens, String language, Quantity quantity) {
        if (quantity.kind() == FigureKind.DATE || quantity.kind() == FigureKind.DURATION) {
            return null;
        }
        int[] noun = after(tokens, language, quantity.to(), quantity.kind());
        if (noun == null && quantity.kind() != FigureKind.PERCENT) {
            noun = linkedBefore(tokens, language, quantity.from());
        }
        if (noun == null && quantity.kind() == FigureKind.COUNT) {
            noun = afterMeasureNoun(tokens, language);
        }
        return noun;
    }

    private int[] after(List<Token> tokens, String language, int at, FigureKind kind) {
        if (at < tokens.size() && (tokens.get(at).folded().equals("of") || tokens.get(at).folded().equals("d'")
                || tokens.get(at).folded().equals("de")
                || kind == FigureKind.MONEY && tokens.get(at).folded().equals("in"))) {
            at++;
        }
        if ("de".equals(language)) {
            return germanNoun(tokens, at);
        }
        if ("fr".equals(language)) {
            return isNoun(tokens, at, language) ? compound(tokens, at) : null;
        }
        int end = at;
        while (end < tokens.size() && end - at < MAX_ENGLISH_WORDS && isNoun(tokens, end, language)
                && !tokens.get(end).folded().endsWith("ing")) {
            end = compound(tokens, end)[1];
        }
        return end > at ? new int[] {at, end} : null;
    }

    private int[] germanNoun(List<Token> tokens, int at) {
        for (int i = at; i < tokens.size() && i <= at + MAX_SKIPPED_ADJECTIVES; i++) {
            Token token = tokens.get(i);
            if (!token.isWord() || lexicon.isWord("stop", "de", token.folded()) || lexicon.numberWord(token.text()) > 0) {
                return null;
            }
            if (token.startsUpperCase()) {
                return isNoun(tokens, i, "de") ? compound(tokens, i) : null;
            }
        }
        return null;
    }

    private int[] linkedBefore(List<Token> tokens, String language, int from) {
        int at = from;
        while (at > 0 && tokens.get(at - 1).type() == Token.Type.PUNCTUATION
                && "\"“”„«»'".contains(tokens.get(at - 1).text())) {
            at--;
        }
        for (int length = 3; length >= 1; length--) {
            int start = at - length;
            FigureLexicon.Match link = start >= 0 ? lexicon.match("link", language, tokens, start) : null;
            if (link != null && link.length() == length) {
                int noun = start - 1;
                boolean german = "de".equals(language);
                return noun >= 0 && isNoun(tokens, noun, language) && (!german || tokens.get(noun).startsUpperCase())
                        ? new int[] {noun, noun + 1} : null;
            }
        }
        return null;
    }

    private int[] afterMeasureNoun(List<Token> tokens, String language) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (lexicon.isWord("measure-noun", language, tokens.get(i).folded())
                    && lexicon.match("link", language, tokens, i + 1) != null) {
                int at = i + 1 + lexicon.match("link", language, tokens, i + 1).length();
                int[] noun = "de".equals(language) ? germanNoun(tokens, at) : after(tokens, language, at,
                        FigureKind.COUNT);
                if (noun != null) {
                    return noun;
                }
            }
        }
        return null;
    }

    private boolean isNoun(List<Token> tokens, int at, String language) {
        if (at >= tokens.size() || !tokens.get(at).isWord()) {
            return false;
        }
        Token token = tokens.get(at);
        return !lexicon.isWord("stop", language, token.folded()) && lexicon.month(token.text()) == 0
                && lexicon.timeUnit(token.text()) == null && lexicon.numberWord(token.text()) == 0
                && lexicon.match("scale", language, tokens, at) == null
                && lexicon.match("currency", "*", tokens, at) == null;
    }

    /** A word with the parts it is hyphenated to ("porte-parole", "Werk-Geräte"). */
    private static int[] compound(List<Token> tokens, int at) {
        int end = at + 1;
        while (end + 1 < tokens.size() && tokens.get(end).text().equals("-")
                && tokens.get(end).start() == tokens.get(end - 1).end()
                && tokens.get(end + 1).start() == tokens.get(end).end() && tokens.get(end + 1).isWord()) {
            end += 2;
        }
        return new int[] {at, end};
    }
}
