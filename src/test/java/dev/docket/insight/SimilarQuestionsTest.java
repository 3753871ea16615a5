package dev.docket.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.insight.StatsReport.UnansweredGroup;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grouping with the real embedding model, on a made-up case file's questions. */
final class SimilarQuestionsTest {

    private final SimilarQuestions similar = new SimilarQuestions(new AllMiniLmL6V2QuantizedEmbeddingModel());

    @Test
    void should_group_rewordings_and_keep_other_questions_apart_when_grouping_unanswered_questions() {
        List<String> asked = List.of(
                "When does the widget factory open?",
                "when does the widget factory open",
                "What time does the widget factory open?",
                "When does the widget factory open?",
                "Who owns the bakery on Main Street?");

        List<UnansweredGroup> groups = similar.group(asked);

        assertEquals(2, groups.size(), groups.toString());
        assertEquals("When does the widget factory open?", groups.get(0).question());
        assertEquals(4, groups.get(0).count(), groups.toString());
        assertEquals(1, groups.get(1).count());
    }

    @Test
    void should_return_no_group_when_nothing_went_unanswered() {
        assertEquals(List.of(), similar.group(List.of()));
    }
}
