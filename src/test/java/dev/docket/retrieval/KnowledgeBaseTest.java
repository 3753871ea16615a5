package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A new snapshot is prepared while the old one still answers, and goes live even when preparing it fails. */
final class KnowledgeBaseTest {

    private static KnowledgeIndex emptySnapshot() {
        return new KnowledgeIndex(List.of(), List.of(), null, Map.of(), 0, Map.of());
    }

    @Test
    void should_prepare_a_snapshot_while_questions_still_read_the_previous_one() {
        KnowledgeBase knowledgeBase = new KnowledgeBase();
        KnowledgeIndex previous = knowledgeBase.current();
        KnowledgeIndex next = emptySnapshot();
        AtomicReference<KnowledgeIndex> liveWhilePreparing = new AtomicReference<>();
        knowledgeBase.beforeReplace(index -> liveWhilePreparing.set(knowledgeBase.current()));

        knowledgeBase.replace(next);

        assertSame(previous, liveWhilePreparing.get());
        assertSame(next, knowledgeBase.current());
    }

    @Test
    void should_swap_in_a_snapshot_even_when_preparing_it_fails() {
        KnowledgeBase knowledgeBase = new KnowledgeBase();
        KnowledgeIndex next = emptySnapshot();
        knowledgeBase.beforeReplace(index -> {
            throw new IllegalStateException("no figures today");
        });

        knowledgeBase.replace(next);

        assertSame(next, knowledgeBase.current());
    }
}
