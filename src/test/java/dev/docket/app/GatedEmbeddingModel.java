package dev.docket.app;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real in-process embedding model, with a gate for tests: a batch holding a text that starts with the trigger
 * waits until the test opens the gate (so a reload can be held in the middle), or fails when told to.
 */
public final class GatedEmbeddingModel implements EmbeddingModel {

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private final String trigger;
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch gate = new CountDownLatch(1);
    private volatile boolean failing;

    public GatedEmbeddingModel(String trigger) {
        this.trigger = trigger;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        if (segments.stream().anyMatch(segment -> segment.text().startsWith(trigger))) {
            if (failing) {
                throw new IllegalStateException("the embedding model ran out of memory");
            }
            entered.countDown();
            try {
                if (!gate.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted at the gate", e);
            }
        }
        return model.embedAll(segments);
    }

    /** Waits until a batch with the trigger text is held at the gate. */
    public void awaitHeld() throws InterruptedException {
        if (!entered.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no batch with '" + trigger + "' reached the gate");
        }
    }

    public void open() {
        gate.countDown();
    }

    /** From now on a batch with the trigger text fails instead of waiting. */
    public void failFromNowOn() {
        failing = true;
    }
}
