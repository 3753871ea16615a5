package dev.docket.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docket.answer.Answer;
import dev.docket.answer.Citation;
import java.util.List;

/** The {@code ask --json} line format. Fields are only ever added, never renamed or removed. */
final class JsonAnswers {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"question", "language", "answered", "answer", "citations", "millis", "adapter", "grounded",
        "figureSummary"})
    record JsonAnswer(
            String question, String language, boolean answered, String answer, List<JsonCitation> citations,
            long millis, String adapter, boolean grounded, String figureSummary) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"n", "title", "outlet", "source", "snippet"})
    record JsonCitation(int n, String title, String outlet, String source, String snippet) {}

    private JsonAnswers() {}

    static String toLine(Answer answer) {
        List<JsonCitation> citations = answer.citations().stream().map(JsonAnswers::citation).toList();
        JsonAnswer line = new JsonAnswer(answer.question(), answer.language(), answer.answered(), answer.text(),
                citations, answer.millis(), answer.adapter(), answer.grounded(), answer.figureSummary());
        try {
            return MAPPER.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer record always serializes", e);
        }
    }

    private static JsonCitation citation(Citation citation) {
        return new JsonCitation(citation.n(), citation.title(), citation.outlet(), citation.source(), citation.snippet());
    }
}
