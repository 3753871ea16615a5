package dev.docket.app;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * An embedding model that loads on another thread while the database opens and the stored knowledge is indexed;
 * the first call waits for it. A start with existing data embeds nothing until the first question, so loading the
 * model no longer adds to the time before the first answer.
 */
final class BackgroundEmbeddingModel implements EmbeddingModel {

    private final CompletableFuture<EmbeddingModel> model;

    private BackgroundEmbeddingModel(CompletableFuture<EmbeddingModel> model) {
        this.model = model;
    }

    /** Starts {@code loader} on {@code executor}. */
    static BackgroundEmbeddingModel load(Supplier<EmbeddingModel> loader, Executor executor) {
        return new BackgroundEmbeddingModel(CompletableFuture.supplyAsync(loader, executor));
    }

    @Override
    public Response<Embedding> embed(String text) {
        return model().embed(text);
    }

    @Override
    public Response<Embedding> embed(TextSegment textSegment) {
        return model().embed(textSegment);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> textSegments) {
        return model().embedAll(textSegments);
    }

    @Override
    public int dimension() {
        return model().dimension();
    }

    @Override
    public String modelName() {
        return model().modelName();
    }

    private EmbeddingModel model() {
        try {
            return model.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the embedding model could not be loaded (" + e.getCause().getMessage()
                    + "); check that the jar is complete and the machine has memory to spare", e.getCause());
        }
    }
}
