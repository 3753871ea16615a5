package dev.docket.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docket.figures.Figure;
import dev.docket.figures.FigureGroup;
import dev.docket.figures.FiguresReport;
import dev.docket.figures.TimelineEvent;
import dev.docket.figures.TimelineReport;
import java.util.List;

/** The {@code figures --json} and {@code timeline --json} formats. Fields are only ever added, never renamed. */
final class JsonFigures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"topic", "groups"})
    record JsonFiguresReport(String topic, List<JsonGroup> groups) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "unit", "label", "disagreement", "values"})
    record JsonGroup(String kind, String unit, String label, boolean disagreement, List<JsonValue> values) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"display", "value", "lower", "upper", "sources"})
    record JsonValue(String display, Double value, Double lower, Double upper, List<JsonMention> sources) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"text", "value", "lower", "upper", "unit", "qualifier", "noun", "attribution", "date", "source",
        "outlet", "language", "passage", "start", "end", "sentence"})
    record JsonMention(
            String text, Double value, Double lower, Double upper, String unit, String qualifier, String noun,
            String attribution, String date, String source, String outlet, String language, int passage, int start,
            int end, String sentence) {}

    @JsonPropertyOrder({"events"})
    record JsonTimeline(List<JsonEvent> events) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"date", "relative", "sources"})
    record JsonEvent(String date, String relative, List<JsonMention> sources) {}

    private JsonFigures() {}

    static String figures(FiguresReport report) {
        return write(new JsonFiguresReport(report.topic(), report.groups().stream().map(JsonFigures::group).toList()));
    }

    static String timeline(TimelineReport report) {
        return write(new JsonTimeline(report.events().stream().map(JsonFigures::event).toList()));
    }

    private static JsonGroup group(FigureGroup group) {
        return new JsonGroup(group.kind().id(), group.unit(), group.label(), group.disagreement(),
                group.values().stream()
                        .map(value -> new JsonValue(value.display(), value.value(), value.lower(), value.upper(),
                                value.figures().stream().map(JsonFigures::mention).toList()))
                        .toList());
    }

    private static JsonEvent event(TimelineEvent event) {
        return new JsonEvent(event.date(), event.relative(),
                event.mentions().stream().map(JsonFigures::mention).toList());
    }

    private static JsonMention mention(Figure figure) {
        return new JsonMention(figure.text(), figure.value(), figure.lower(), figure.upper(), figure.unit(),
                figure.qualifier(), figure.noun(), figure.attribution(), figure.date(), figure.source(),
                figure.outlet(), figure.language(), figure.passage(), figure.start(), figure.end(), figure.sentence());
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a figures record always serializes", e);
        }
    }
}
