package dev.docket.figures;

import dev.docket.knowledge.Passage;
import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import dev.docket.store.DerivedFigures;
import dev.docket.store.FigureRow;
import java.util.List;
import java.util.Map;

/** Converts figures to stored rows and back; as {@link DerivedFigures} it lets the store write them at ingestion. */
public final class FigureRows implements DerivedFigures {

    private final FigureExtractor extractor;
    private final FigureLexicon lexicon;

    public FigureRows(FigureExtractor extractor, FigureLexicon lexicon) {
        this.extractor = extractor;
        this.lexicon = lexicon;
    }

    @Override
    public List<FigureRow> rowsFor(List<SourceDocument> documents) {
        return extractor.extractAll(documents).stream().map(FigureRows::toRow).toList();
    }

    @Override
    public String fingerprint() {
        return lexicon.fingerprint();
    }

    static FigureRow toRow(Figure figure) {
        return new FigureRow(figure.source(), figure.passage(), figure.sentenceStart(), figure.sentenceEnd(),
                figure.start(), figure.end(), figure.kind().id(), figure.value(), figure.lower(), figure.upper(),
                figure.unit(), figure.qualifier(), figure.noun(), figure.attribution(), figure.date());
    }

    /**
     * The text of the row's sentence: the document's own {@link Sentence} text when it has that sentence (figures
     * are read from the document's sentences), so the figures of a snapshot hold no second copy of it.
     */
    private static String sentenceText(SourceDocument document, FigureRow row) {
        for (Passage passage : document.passages()) {
            if (passage.ordinal() != row.passage()) {
                continue;
            }
            for (Sentence sentence : passage.sentences()) {
                if (sentence.start() == row.sentenceStart() && sentence.end() == row.sentenceEnd()) {
                    return sentence.text();
                }
            }
        }
        return document.text().substring(row.sentenceStart(), row.sentenceEnd());
    }

    /** The figure of {@code row}, its texts cut from its document; null if the document is gone. */
    static Figure toFigure(FigureRow row, Map<String, SourceDocument> sourceToDocument) {
        SourceDocument document = sourceToDocument.get(row.source());
        if (document == null) {
            return null;
        }
        String text = document.text();
        return new Figure(row.source(), document.language(), document.outlet(), row.passage(), row.sentenceStart(),
                row.sentenceEnd(), sentenceText(document, row), row.start(), row.end(),
                text.substring(row.start(), row.end()), FigureKind.of(row.kind()), row.value(), row.lower(),
                row.upper(), row.unit(), row.qualifier(), row.noun(), row.attribution(), row.date());
    }
}
