package dev.docket.store;

import dev.docket.knowledge.SourceDocument;
import java.util.List;

/** The documents of one stored knowledge version, read together with its number. */
public record StoredKnowledge(long version, List<SourceDocument> documents) {

    public StoredKnowledge {
        documents = List.copyOf(documents);
    }
}
