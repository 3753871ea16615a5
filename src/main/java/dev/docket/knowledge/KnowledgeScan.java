package dev.docket.knowledge;

import java.util.List;

/** The result of reading the knowledge folder: the documents read, and the files skipped with reasons. */
public record KnowledgeScan(List<SourceDocument> documents, List<SkippedFile> skipped) {

    public KnowledgeScan {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
    }
}
