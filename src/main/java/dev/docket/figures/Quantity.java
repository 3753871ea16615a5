package dev.docket.figures;

/**
 * An amount found in a sentence's tokens, before the counted noun and the speaker are added. Token indices:
 * {@code from} inclusive, {@code to} exclusive. Dates use {@code date} and leave the numbers null.
 */
record Quantity(
        int from, int to, FigureKind kind, Double value, Double lower, Double upper, String unit, String qualifier,
        String date) {

    static Quantity date(int from, int to, String date, String qualifier) {
        return new Quantity(from, to, FigureKind.DATE, null, null, null, null, qualifier, date);
    }
}
