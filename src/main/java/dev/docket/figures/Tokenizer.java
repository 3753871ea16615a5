package dev.docket.figures;

import dev.docket.language.LanguageLexicon;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into {@link Token}s with offsets. Numbers keep their group separators ("2,000", "2.000",
 * "2 000", "1,5"); French elisions ("d'", "l'", "qu'") and the English possessive ("'s") are tokens of their own.
 * A capital inside a word starts a new token, so a missing space ("moisLe") does not hide a word.
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<number>\\d+(?:(?:[.,]|[" + LanguageLexicon.SPACE_SEPARATORS + "](?=\\d{3}(?!\\d)))\\d+)*)"
                    + "|(?<elision>\\b(?i:jusqu|lorsqu|puisqu|qu|[ldjmnstc])['’](?=\\p{L}|\\s|$))"
                    + "|(?<possessive>['’]s\\b)"
                    + "|(?<word>\\p{Lu}?[\\p{Ll}\\p{M}]+|\\p{Lu}+s?(?![\\p{Ll}])|[\\p{L}\\p{M}]+)"
                    + "|(?<symbol>[$€£%])"
                    + "|(?<other>\\S)",
            Pattern.UNICODE_CHARACTER_CLASS);

    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            String piece = matcher.group();
            tokens.add(new Token(matcher.start(), matcher.end(), piece, fold(piece), type(matcher)));
        }
        return tokens;
    }

    /** The folded words of a lexicon form, e.g. "plus d'" -> [plus, d']. */
    List<String> foldedWords(String form) {
        return tokens(form).stream().map(Token::folded).toList();
    }

    /** Lower case without diacritics, character by character, so offsets stay valid ("Über" -> "uber"). */
    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            folded.append(foldChar(text.charAt(i)));
        }
        return folded.toString();
    }

    private static char foldChar(char c) {
        if (c == '’' || c == 'ʼ' || c == '‘') {
            return '\'';
        }
        if (LanguageLexicon.SPACE_SEPARATORS.indexOf(c) >= 0) {
            return ' ';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return decomposed.toLowerCase(Locale.ROOT).charAt(0);
    }

    private static Token.Type type(Matcher matcher) {
        if (matcher.group("number") != null) {
            return Token.Type.NUMBER;
        }
        if (matcher.group("symbol") != null) {
            return Token.Type.SYMBOL;
        }
        if (matcher.group("other") != null) {
            return Token.Type.PUNCTUATION;
        }
        return Token.Type.WORD;
    }
}
