package dev.docket.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

final class BackgroundEmbeddingModelTest {

    private final List<Runnable> scheduled = new ArrayList<>();
    private final Executor executor = scheduled::add;

    @Test
    void should_embed_with_the_loaded_model_when_loading_has_finished() {
        EmbeddingModel loaded = segments -> Response.from(segments.stream()
                .map(segment -> Embedding.from(new float[] {segment.text().length()}))
                .toList());
        BackgroundEmbeddingModel model = BackgroundEmbeddingModel.load(() -> loaded, executor);

        scheduled.forEach(Runnable::run);

        assertArrayEquals(new float[] {5}, model.embed("hello").content().vector());
    }

    @Test
    void should_say_the_model_could_not_be_loaded_when_loading_failed() {
        BackgroundEmbeddingModel model = BackgroundEmbeddingModel.load(() -> {
            throw new IllegalStateException("model file missing");
        }, executor);
        scheduled.forEach(Runnable::run);

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> model.embed("hello"));

        assertTrue(failure.getMessage().contains("model file missing"), failure.getMessage());
    }
}
