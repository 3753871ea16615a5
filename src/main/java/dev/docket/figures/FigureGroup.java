package dev.docket.figures;

import java.util.List;

/**
 * Figures that measure the same thing, across documents and languages. A group is a disagreement when its
 * figures state different amounts; {@code values} then lists each amount with the figures that state it.
 *
 * @param label the counted nouns as written, joined with " / " ("widgets / Geräte"), or what the kind measures when none
 *     ("amount of money in USD")
 * @param unit the currency code, time unit or "percent" shared by every figure, or null for plain counts
 */
public record FigureGroup(
        FigureKind kind, String unit, String label, boolean disagreement, List<GroupValue> values) {

    public FigureGroup {
        values = List.copyOf(values);
    }

    /**
     * One amount stated in a group, with every figure that states it.
     *
     * @param display the amount for people ("more than 2,000", "USD 40 million", "single-digit millions")
     */
    public record GroupValue(String display, Double value, Double lower, Double upper, List<Figure> figures) {

        public GroupValue {
            figures = List.copyOf(figures);
        }
    }

    /** Every figure of the group, value by value. */
    public List<Figure> figures() {
        return values.stream().flatMap(value -> value.figures().stream()).toList();
    }

    /** How many different documents the group's figures come from. */
    public long documentCount() {
        return figures().stream().map(Figure::source).distinct().count();
    }
}
