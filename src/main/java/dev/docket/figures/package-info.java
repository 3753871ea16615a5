/**
 * Figures and dates: extraction from every sentence at ingestion ({@link dev.docket.figures.FigureExtractor},
 * language data in {@code language/figures.tsv}), grouping across documents and languages with disagreements
 * ({@link dev.docket.figures.FigureGrouper}), the timeline ({@link dev.docket.figures.TimelineBuilder}) and
 * plain-text rendering ({@link dev.docket.figures.FigureText}). Entry point: {@link dev.docket.figures.FigureCatalog}.
 */
package dev.docket.figures;
