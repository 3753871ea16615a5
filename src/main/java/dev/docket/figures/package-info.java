/**
 * Figures and dates: the one reader of numbers, amounts, scales, currencies, units, bands, ranges, percentages
 * and dates in any text ({@link dev.docket.figures.FigureReader}, used by the grounding check of model answers),
 * extraction from every sentence at ingestion ({@link dev.docket.figures.FigureExtractor}, language data in
 * {@code language/figures.tsv}), grouping across documents and languages with disagreements
 * ({@link dev.docket.figures.FigureGrouper}), the timeline ({@link dev.docket.figures.TimelineBuilder}) and
 * plain-text rendering ({@link dev.docket.figures.FigureText}). Entry point: {@link dev.docket.figures.FigureCatalog}.
 */
package dev.docket.figures;
