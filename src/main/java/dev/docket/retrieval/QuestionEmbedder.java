package dev.docket.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;

/** Embeds a question (or its English gloss) with the same model as the knowledge, at unit length; never cached. */
public final class QuestionEmbedder {

    private final EmbeddingModel model;

    public QuestionEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    public float[] embed(String question) {
        return UnitVector.of(model.embed(question).content().vector());
    }
}
