package dev.docket.answer.llm;

import dev.docket.language.LanguageLexicon;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a text (amounts, counts, percentages, years, days of a month) and normalizes them so that
 * the same figure written in English, German or French gives the same key: {@code 6,000}, {@code 6.000} and
 * {@code 6000}; {@code $500 million}, {@code 500 Millionen Dollar} and {@code half a billion dollars};
 * {@code July 19}, {@code 19. Juli} and {@code 19 juillet}. Month, number and scale words come from the
 * {@link LanguageLexicon}, so a language is added there, not here.
 *
 * <p>A separator followed by exactly three digits groups thousands ({@code 6.000}, {@code 6,000}); otherwise it
 * is a decimal mark ({@code 8,5}, {@code 8.5}). Currencies and units are not part of the key. A number word
 * counts only with a scale word ({@code two million}, {@code half a billion}): plain "two" or "one" in prose is
 * not treated as a figure, and neither is a month without a day.
 */
public final class FigureNormalizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?<iso>(?<![\\d.,])\\d{4}-\\d{2}-\\d{2}(?!\\d))"
                    + "|(?<![\\d.,])(?:(?<grouped>\\d{1,3}(?:[.,\\u00a0\\u202f\\u2009 ]\\d{3})+)(?![\\d])"
                    + "(?<groupedFraction>[.,]\\d+)?|(?<plain>\\d+)(?<plainFraction>[.,]\\d+)?)(?![\\d])"
                    + "|(?<word>\\p{L}+)");
    private static final Map<String, BigDecimal> SCALE_TO_FACTOR =
            Map.of("million", new BigDecimal("1000000"), "billion", new BigDecimal("1000000000"));
    private static final BigDecimal THOUSAND = new BigDecimal("1000");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final int MAX_CONNECTOR_LETTERS = 3;
    private static final String CURRENCY_SIGNS = "$€£¥";

    private final LanguageLexicon lexicon;

    public FigureNormalizer(LanguageLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The figures of {@code text}, in order. */
    public List<NormalizedFigure> figures(String text) {
        List<Token> tokens = tokens(text);
        List<NormalizedFigure> figures = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            i = read(tokens, i, text, figures);
        }
        return figures;
    }

    /** Reads the figure starting at token {@code i}, if any; returns the index of the next unread token. */
    private int read(List<Token> tokens, int i, String text, List<NormalizedFigure> figures) {
        Token token = tokens.get(i);
        if (token.isoMonth() > 0) {
            figures.add(new NormalizedFigure(dateKey(token.isoMonth(), token.isoDay()), span(tokens, i, i, text)));
            figures.add(new NormalizedFigure(plain(token.value()), span(tokens, i, i, text)));
            return i + 1;
        }
        if (token.value() != null) {
            return readNumber(tokens, i, text, figures);
        }
        int day = month(token) > 0 ? dayAfterMonth(tokens, i + 1) : -1;
        if (day > 0) {
            figures.add(new NormalizedFigure(dateKey(month(token), day), span(tokens, i, i + 1, text)));
            return i + 2;
        }
        BigDecimal wordValue = numberWord(token);
        if (wordValue != null) {
            int scaleAt = nextScale(tokens, i + 1);
            if (scaleAt > 0) {
                BigDecimal value = wordValue.multiply(factor(tokens.get(scaleAt)));
                figures.add(new NormalizedFigure(plain(value), span(tokens, i, scaleAt, text)));
                return scaleAt + 1;
            }
        }
        return i + 1;
    }

    private int readNumber(List<Token> tokens, int i, String text, List<NormalizedFigure> figures) {
        Token number = tokens.get(i);
        int monthAt = isDay(number.value()) ? monthAfterDay(tokens, i + 1) : -1;
        if (monthAt > 0) {
            int month = month(tokens.get(monthAt));
            figures.add(new NormalizedFigure(dateKey(month, number.value().intValue()), span(tokens, i, monthAt,
                    text)));
            return monthAt + 1;
        }
        if (i + 1 < tokens.size() && factor(tokens.get(i + 1)) != null) {
            BigDecimal value = number.value().multiply(factor(tokens.get(i + 1)));
            figures.add(new NormalizedFigure(plain(value), span(tokens, i, i + 1, text)));
            return i + 2;
        }
        figures.add(new NormalizedFigure(plain(number.value()), span(tokens, i, i, text)));
        return i + 1;
    }

    /** The index of a scale word after a number word, allowing short connectors ("half a billion"); or -1. */
    private int nextScale(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j <= from + 2; j++) {
            Token token = tokens.get(j);
            if (factor(token) != null) {
                return j;
            }
            if (!isConnector(token)) {
                return -1;
            }
        }
        return -1;
    }

    /** The day at {@code at} when it follows a month ("July 19", "July 19th"), or -1. */
    private int dayAfterMonth(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return -1;
        }
        Token token = tokens.get(at);
        boolean scaled = at + 1 < tokens.size() && factor(tokens.get(at + 1)) != null;
        boolean day = token.value() != null && token.isoMonth() == 0 && isDay(token.value()) && !scaled;
        return day ? token.value().intValue() : -1;
    }

    /** The index of a month after a day, allowing an ordinal ending and a connector ("19th of July"); or -1. */
    private int monthAfterDay(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size() && j <= from + 2; j++) {
            Token token = tokens.get(j);
            if (month(token) > 0) {
                return j;
            }
            if (!isConnector(token)) {
                return -1;
            }
        }
        return -1;
    }

    /** A short word that is not itself a lexicon entry: "a", "of", "th", "er", "d", "un". */
    private boolean isConnector(Token token) {
        return token.word() != null && token.word().length() <= MAX_CONNECTOR_LETTERS
                && lexicon.kindOf(token.word()) == null;
    }

    private int month(Token token) {
        if (token.word() == null || !"month".equals(lexicon.kindOf(token.word()))) {
            return -1;
        }
        return Integer.parseInt(lexicon.canonical(token.word()).substring(1));
    }

    private BigDecimal numberWord(Token token) {
        if (token.word() == null || !"number".equals(lexicon.kindOf(token.word()))) {
            return null;
        }
        String canonical = lexicon.canonical(token.word());
        return canonical.equals("half") ? HALF : new BigDecimal(canonical);
    }

    /** The factor a scale word multiplies by ("million", "Milliarden", "thousand"), or null. */
    private BigDecimal factor(Token token) {
        if (token.word() == null) {
            return null;
        }
        String kind = lexicon.kindOf(token.word());
        if ("scale".equals(kind)) {
            return SCALE_TO_FACTOR.get(lexicon.canonical(token.word()));
        }
        BigDecimal value = numberWord(token);
        return value != null && value.compareTo(THOUSAND) >= 0 ? value : null;
    }

    private static boolean isDay(BigDecimal value) {
        return value.scale() <= 0 && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(31)) <= 0;
    }

    private static String dateKey(int month, int day) {
        return String.format("date %02d-%02d", month, day);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** The text from token {@code first} to {@code last}, with a currency sign just before it ("$500 million"). */
    private static String span(List<Token> tokens, int first, int last, String text) {
        int start = tokens.get(first).start();
        if (start > 0 && CURRENCY_SIGNS.indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        return text.substring(start, tokens.get(last).end());
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(Token.of(matcher));
        }
        return tokens;
    }

    /** A number (value set), an ISO date (month and day set too) or a folded word (word set). */
    private record Token(int start, int end, BigDecimal value, String word, int isoMonth, int isoDay) {

        static Token of(Matcher matcher) {
            int start = matcher.start();
            int end = matcher.end();
            if (matcher.group("iso") != null) {
                String[] parts = matcher.group("iso").split("-");
                return new Token(start, end, new BigDecimal(parts[0]), null, Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[2]));
            }
            if (matcher.group("word") != null) {
                return new Token(start, end, null, LanguageLexicon.fold(matcher.group("word")), 0, 0);
            }
            return new Token(start, end, number(matcher), null, 0, 0);
        }

        private static BigDecimal number(Matcher matcher) {
            String grouped = matcher.group("grouped");
            String whole = grouped != null ? grouped.replaceAll("\\D", "") : matcher.group("plain");
            String fraction = grouped != null ? matcher.group("groupedFraction") : matcher.group("plainFraction");
            return new BigDecimal(fraction == null ? whole : whole + "." + fraction.substring(1));
        }
    }
}
