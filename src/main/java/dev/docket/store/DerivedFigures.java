package dev.docket.store;

import dev.docket.knowledge.SourceDocument;
import java.util.List;

/**
 * Figures computed from documents, so {@link KnowledgeStore#replaceAll} can store them in the same transaction
 * as the documents. Implemented by the figures stage and wired in the composition root.
 */
public interface DerivedFigures {

    /** No figures: what a store without the figures stage writes. */
    DerivedFigures NONE = new DerivedFigures() {
        @Override
        public List<FigureRow> rowsFor(List<SourceDocument> documents) {
            return List.of();
        }

        @Override
        public String fingerprint() {
            return "";
        }
    };

    List<FigureRow> rowsFor(List<SourceDocument> documents);

    /** Identifies the rules that computed the rows. */
    String fingerprint();
}
