package dev.docket.figures;

/**
 * One figure or date as written in one sentence of one document. {@code text} is exactly
 * {@code documentText.substring(start, end)} and {@code sentence} exactly the sentence at
 * {@code sentenceStart..sentenceEnd}, so every value can be checked against its source.
 *
 * @param value the normalized number as stated ("more than 2,000" gives 2000.0, "1,5 Mrd." 1.5E9), or null for
 *     ranges and bands (no midpoint is invented: they have only bounds) and for dates
 * @param lower the smallest value the text allows, or null when unbounded ("more than 2,000" has lower 2,000)
 * @param upper the largest value the text allows, or null when unbounded
 * @param unit the currency code for money ("USD"), the time unit for durations ("day"), "percent", or null
 * @param qualifier "more-than", "less-than", "around", "range", "band", "relative", or null for an exact figure
 * @param noun the counted thing as written ("widgets", "Geräte"), or null when the sentence does not say
 * @param attribution who the sentence says gives the figure ("its chair", "the agency"), or null
 * @param date for dates: ISO 8601, as precise as the text is ("2021-03-03", "--03-03" without a year, "2021-03",
 *     "2021-W09", "1987"), or null for a relative date the document's date cannot resolve
 */
public record Figure(
        String source,
        String language,
        String outlet,
        int passage,
        int sentenceStart,
        int sentenceEnd,
        String sentence,
        int start,
        int end,
        String text,
        FigureKind kind,
        Double value,
        Double lower,
        Double upper,
        String unit,
        String qualifier,
        String noun,
        String attribution,
        String date) {

    /**
     * The number the text states, as a key: the value, or the bounds of a range or band. "more than 2,000" and
     * "over 2,000" state the same number; "2,000" and "2,500" do not.
     */
    public String statedAmount() {
        return value != null ? Double.toString(value) : lower + ".." + upper;
    }

    /** The value, or the bound that stands for it, for ordering and comparing magnitudes. */
    public double magnitude() {
        if (value != null) {
            return value;
        }
        if (lower != null) {
            return lower;
        }
        return upper == null ? 0 : upper;
    }

    /** Whether it states an order of magnitude ("hundreds of millions", a band), no amount of its own. */
    public boolean isBand() {
        return "band".equals(qualifier);
    }
}
