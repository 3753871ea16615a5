package dev.docket.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docket.insight.StatsReport;
import java.util.List;

/** The {@code stats --json} format (README). Fields are only ever added, never renamed or removed. */
final class JsonStats {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @JsonPropertyOrder({"since", "questions", "answered", "answeredShare", "medianMillis", "days", "unanswered",
            "votedDown"})
    record JsonReport(String since, int questions, int answered, double answeredShare, long medianMillis,
            List<JsonDay> days, List<JsonGroup> unanswered, List<JsonVotedDown> votedDown) {}

    @JsonPropertyOrder({"date", "questions", "answered"})
    record JsonDay(String date, int questions, int answered) {}

    @JsonPropertyOrder({"question", "count", "wordings"})
    record JsonGroup(String question, int count, List<String> wordings) {}

    @JsonPropertyOrder({"askedAt", "question", "answer", "downVotes", "upVotes"})
    record JsonVotedDown(String askedAt, String question, String answer, int downVotes, int upVotes) {}

    private JsonStats() {}

    static String toJson(StatsReport report) {
        JsonReport json = new JsonReport(report.since().toString(), report.questions(), report.answered(),
                Math.round(report.answeredShare() * 1000) / 1000.0, report.medianMillis(),
                report.days().stream().map(day -> new JsonDay(day.date().toString(), day.questions(), day.answered()))
                        .toList(),
                report.unanswered().stream().map(group -> new JsonGroup(group.question(), group.count(),
                        group.wordings())).toList(),
                report.votedDown().stream().map(down -> new JsonVotedDown(down.askedAt().toString(), down.question(),
                        down.answer(), down.downVotes(), down.upVotes())).toList());
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stats record always serializes", e);
        }
    }
}
