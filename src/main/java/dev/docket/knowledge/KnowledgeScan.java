package dev.docket.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The result of reading the knowledge folder: the documents read, the files skipped with reasons, the files not
 * read because their stamp matched a {@link KnownFile} (source to content hash), and the stamp of every file read
 * or trusted.
 */
public record KnowledgeScan(
        List<SourceDocument> documents,
        List<SkippedFile> skipped,
        Map<String, String> unchangedSourceToHash,
        Map<String, FileStamp> sourceToStamp) {

    public KnowledgeScan {
        documents = List.copyOf(documents);
        skipped = List.copyOf(skipped);
        unchangedSourceToHash = Map.copyOf(unchangedSourceToHash);
        sourceToStamp = Map.copyOf(sourceToStamp);
    }

    public KnowledgeScan(List<SourceDocument> documents, List<SkippedFile> skipped) {
        this(documents, skipped, Map.of(), Map.of());
    }
}
