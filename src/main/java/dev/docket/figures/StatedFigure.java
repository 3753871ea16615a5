package dev.docket.figures;

/**
 * A figure or date as some text states it, read by {@link FigureReader}: what it is worth, not who says it.
 * {@code text} is the text between {@code start} and {@code end}.
 *
 * @param value the number as stated, or null for ranges, bands and dates
 * @param lower the smallest value the text allows, or null
 * @param upper the largest value the text allows, or null
 * @param unit a currency code, a time unit, "percent", or null
 * @param qualifier "more-than", "less-than", "around", "range", "band", "relative", or null
 * @param date for dates: ISO 8601 as precise as the text ("2024-03-03", "--03-03", "2024-03", "2024"), or null
 */
public record StatedFigure(
        int start, int end, String text, FigureKind kind, Double value, Double lower, Double upper, String unit,
        String qualifier, String date) {

    private static final double TOLERANCE = 1e-9;

    /**
     * True when both state the same number: the same value ("over 2,000" and "2000"), or the same bounds for
     * ranges and bands ("single-digit millions" and "im einstelligen Millionenbereich"). Dates never do.
     */
    public boolean sameNumber(StatedFigure other) {
        if (kind == FigureKind.DATE || other.kind == FigureKind.DATE) {
            return false;
        }
        if (value != null || other.value != null) {
            return equal(value, other.value);
        }
        return equal(lower, other.lower) && equal(upper, other.upper);
    }

    /**
     * True when this date is the day, month or year {@code other} states. A date without a year ("3. März")
     * agrees with that day in any year; a date with a year needs a source date with that year.
     */
    public boolean sameDate(StatedFigure other) {
        if (date == null || other.date == null) {
            return false;
        }
        if (date.startsWith("--")) {
            return other.date.endsWith(date.substring(1)) && other.date.length() >= date.length();
        }
        return other.date.startsWith(date) && !other.date.startsWith("--");
    }

    /** True when this is a bare number naming the day of {@code other}'s date ("on the 3rd" of "3 March"). */
    public boolean dayOf(StatedFigure other) {
        if (kind != FigureKind.COUNT || unit != null || value == null || other.date == null
                || !other.date.matches("(\\d{4}|-)-\\d{2}-\\d{2}")) {
            return false;
        }
        return value == Integer.parseInt(other.date.substring(other.date.length() - 2));
    }

    /** A relative date ("last week", "Freitag"): not a figure a source can confirm word for word. */
    public boolean relative() {
        return "relative".equals(qualifier);
    }

    private static boolean equal(Double a, Double b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
