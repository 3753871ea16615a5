package dev.docket.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MiniLmEmbeddingModelTest {

    @Test
    void should_give_the_vectors_of_the_langchain4j_model_when_embedding_many_texts_at_once() {
        List<TextSegment> texts = List.of(
                TextSegment.from("The company shipped over 2,000 widgets in March."),
                TextSegment.from("Am 3. März wurden mehr als 2.000 Widgets ausgeliefert."),
                TextSegment.from("Plus de 2 000 widgets ont été livrés en mars, selon le directeur financier."),
                TextSegment.from("short"));

        List<Embedding> ours = MiniLmEmbeddingModel.load().embedAll(texts).content();
        List<Embedding> reference = new AllMiniLmL6V2QuantizedEmbeddingModel().embedAll(texts).content();

        for (int i = 0; i < texts.size(); i++) {
            assertEquals(1.0, cosine(ours.get(i).vector(), reference.get(i).vector()), 1e-5, texts.get(i).text());
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return dot / Math.sqrt(normA * normB);
    }
}
