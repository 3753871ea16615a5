package dev.docket.store;

/**
 * A stored figure. Offsets point into the text of the document {@code source}; the sentence and figure texts are
 * rebuilt from them on load. {@code kind} is the figure kind's id ("money"); see {@code dev.docket.figures.Figure}
 * for the meaning of each field.
 */
public record FigureRow(
        String source,
        int passage,
        int sentenceStart,
        int sentenceEnd,
        int start,
        int end,
        String kind,
        Double value,
        Double lower,
        Double upper,
        String unit,
        String qualifier,
        String noun,
        String attribution,
        String date) {}
