package dev.docket.retrieval;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the live {@link KnowledgeIndex}. Questions read the current snapshot; a reload replaces it in one step,
 * so questions asked during a reload are answered from the previous knowledge.
 */
public final class KnowledgeBase {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

    private final AtomicReference<KnowledgeIndex> current;
    private final List<Consumer<KnowledgeIndex>> preparers = new CopyOnWriteArrayList<>();

    public KnowledgeBase() {
        this.current = new AtomicReference<>(
                new KnowledgeIndex(List.of(), List.of(), null, Map.of(), 0, Map.of()));
    }

    public KnowledgeIndex current() {
        return current.get();
    }

    /**
     * Has {@code preparer} see every new snapshot before it goes live, to compute what answers from it will need
     * (figure groups). A preparer that fails is logged; the snapshot still goes live.
     */
    public void beforeReplace(Consumer<KnowledgeIndex> preparer) {
        preparers.add(preparer);
    }

    /** Swaps in a finished snapshot; called by ingestion when a reload or the stored knowledge is ready. */
    public void replace(KnowledgeIndex index) {
        for (Consumer<KnowledgeIndex> preparer : preparers) {
            try {
                preparer.accept(index);
            } catch (RuntimeException e) {
                log.warn("preparing the new knowledge failed ({}); answers will compute it when they need it",
                        e.toString(), e);
            }
        }
        current.set(index);
    }
}
