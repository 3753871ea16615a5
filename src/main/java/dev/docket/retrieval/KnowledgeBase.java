package dev.docket.retrieval;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the live {@link KnowledgeIndex}. Questions read the current snapshot; a reload replaces it in one step,
 * so questions asked during a reload are answered from the previous knowledge.
 */
public final class KnowledgeBase {

    private final AtomicReference<KnowledgeIndex> current;

    public KnowledgeBase() {
        this.current = new AtomicReference<>(
                new KnowledgeIndex(List.of(), List.of(), null, Map.of(), 0, Map.of()));
    }

    public KnowledgeIndex current() {
        return current.get();
    }

    /** Swaps in a finished snapshot; called by ingestion when a reload or the stored knowledge is ready. */
    public void replace(KnowledgeIndex index) {
        current.set(index);
    }
}
