package dev.docket.figures;

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

    /** The figure of {@code row}, its texts cut from its document; null if the document is gone. */
    static Figure toFigure(FigureRow row, Map<String, SourceDocument> sourceToDocument) {
        SourceDocument document = sourceToDocument.get(row.source());
        if (document == null) {
            return null;
        }
        String text = document.text();
        return new Figure(row.source(), document.language(), document.outlet(), row.passage(), row.sentenceStart(),
                row.sentenceEnd(), text.substring(row.sentenceStart(), row.sentenceEnd()), row.start(), row.end(),
                text.substring(row.start(), row.end()), FigureKind.of(row.kind()), row.value(), row.lower(),
                row.upper(), row.unit(), row.qualifier(), row.noun(), row.attribution(), row.date());
    }
}
