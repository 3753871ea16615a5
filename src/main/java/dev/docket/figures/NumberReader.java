package dev.docket.figures;

import dev.docket.language.LanguageLexicon;

/**
 * Reads a number token the way its language writes it. "2,000", "2.000" and "2 000" are two thousand; "1.5"
 * and "1,5" are one and a half. A single separator followed by exactly three digits is a thousands separator
 * when it is the language's grouping mark (comma in English, point in German and French, space everywhere);
 * otherwise it is the decimal mark.
 */
final class NumberReader {

    /** The value of {@code token}, or null if it is not a number this reader understands. */
    Double read(String token, String language) {
        String text = spacesAsSpace(token);
        char grouping = "en".equals(language) || !isKnown(language) ? ',' : '.';
        char decimal = grouping == ',' ? '.' : ',';
        String[] groups = text.split("[., ]", -1);
        if (groups.length == 1) {
            return Double.valueOf(text);
        }
        if (groups.length == 2) {
            char separator = text.charAt(groups[0].length());
            boolean grouped = groups[1].length() == 3 && (separator == grouping || separator == ' ');
            return grouped ? Double.valueOf(groups[0] + groups[1]) : decimal(groups, separator, decimal);
        }
        return manyGroups(text, groups, decimal);
    }

    /** Every group-separating space (no-break, narrow no-break, thin) as a plain space. */
    private static String spacesAsSpace(String token) {
        StringBuilder text = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            text.append(LanguageLexicon.SPACE_SEPARATORS.indexOf(c) >= 0 ? ' ' : c);
        }
        return text.toString();
    }

    private static Double decimal(String[] groups, char separator, char decimal) {
        if (separator != decimal && separator != ',' && separator != '.') {
            return null;
        }
        return Double.valueOf(groups[0] + "." + groups[1]);
    }

    /** "2.000.000", "1,234,567.5", "1.234.567,5", "2 000 000": all but an optional last group have three digits. */
    private static Double manyGroups(String text, String[] groups, char decimal) {
        int lastSeparator = text.length() - groups[groups.length - 1].length() - 1;
        boolean decimalLast = text.charAt(lastSeparator) == decimal
                && text.indexOf(decimal) == lastSeparator;
        StringBuilder digits = new StringBuilder(groups[0]);
        for (int i = 1; i < groups.length; i++) {
            boolean last = i == groups.length - 1;
            if (last && decimalLast) {
                digits.append('.').append(groups[i]);
            } else if (groups[i].length() == 3) {
                digits.append(groups[i]);
            } else {
                return null;
            }
        }
        return Double.valueOf(digits.toString());
    }

    private static boolean isKnown(String language) {
        return "de".equals(language) || "fr".equals(language);
    }
}
