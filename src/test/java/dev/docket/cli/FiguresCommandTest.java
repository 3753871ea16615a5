package dev.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The checks, on the shipped knowledge, through the command line. */
final class FiguresCommandTest {

    @TempDir
    static Path data;

    private static JsonNode figures;
    private static JsonNode timeline;

    @BeforeAll
    static void run() throws Exception {
        figures = new ObjectMapper().readTree(execute("figures", "--json"));
        timeline = new ObjectMapper().readTree(execute("timeline", "--json"));
    }

    @Test
    void should_flag_cancelled_flights_as_disagreement_with_each_value_and_source() {
        JsonNode group = groupWithValue("count", 5500.0);

        assertTrue(group.get("disagreement").asBoolean());
        assertEquals(Set.of(5000.0, 5500.0, 6000.0), values(group));
        for (JsonNode value : group.get("values")) {
            for (JsonNode source : value.get("sources")) {
                assertTrue(source.get("source").asText().startsWith("knowledge/"), source.toString());
            }
        }
        JsonNode bloomberg = group.get("values").get(1).get("sources").get(0);
        assertTrue(bloomberg.get("attribution").asText().contains("Bloomberg"), bloomberg.toString());
    }

    @Test
    void should_group_the_500_million_loss_across_all_three_languages() {
        JsonNode group = groupWithValue("money", 5e8);

        assertFalse(group.get("disagreement").asBoolean());
        assertEquals(Set.of("de", "en", "fr"), languages(group));
        assertEquals("USD", group.get("unit").asText());
    }

    @Test
    void should_list_windows_devices_and_the_single_digit_millions_cap() {
        JsonNode devices = groupWithValue("count", 8.5e6);
        JsonNode cap = groupWithLower("money", 1e6);

        assertTrue(devices.get("label").asText().contains("Windows"), devices.toString());
        assertEquals(9999999.0, cap.get("values").get(0).get("upper").asDouble());
        assertTrue(cap.get("values").get(0).get("sources").get(0).get("text").asText().contains("Millionenbereich"));
    }

    @Test
    void should_include_the_disputes_dates_each_with_a_source_in_date_order() {
        List<String> dates = new ArrayList<>();
        timeline.get("events").forEach(event -> dates.add(event.path("date").asText(null)));

        for (String day : List.of("07-19", "07-25", "07-31", "08-04")) {
            JsonNode event = eventOn(day);
            assertTrue(event.get("sources").size() >= 1);
            assertTrue(event.get("sources").get(0).get("source").asText().startsWith("knowledge/"));
        }
        assertTrue(eventOn("07-19").get("sources").size() >= 3, "July 19 is merged across documents");
        assertTrue(dates.indexOf(eventOn("07-19").get("date").asText())
                < dates.indexOf(eventOn("08-04").get("date").asText()));
    }

    @Test
    void should_only_output_figures_whose_text_and_number_are_in_the_source_sentence() throws Exception {
        List<JsonNode> mentions = new ArrayList<>();
        figures.get("groups").forEach(group -> group.get("values")
                .forEach(value -> value.get("sources").forEach(mentions::add)));
        timeline.get("events").forEach(event -> event.get("sources").forEach(mentions::add));

        for (JsonNode mention : mentions) {
            String file = Files.readString(Path.of(mention.get("source").asText()), StandardCharsets.UTF_8);
            String text = mention.get("text").asText();
            assertEquals(text, file.substring(mention.get("start").asInt(), mention.get("end").asInt()));
            assertTrue(mention.get("sentence").asText().contains(text));
            if (mention.has("value") && text.matches(".*\\d.*")) {
                String digits = text.replaceAll("\\D", "");
                String significant = BigDecimal.valueOf(mention.get("value").asDouble()).stripTrailingZeros()
                        .unscaledValue().toString();
                assertTrue(digits.contains(significant), text + " does not contain " + significant);
            }
        }
    }

    @Test
    void should_filter_groups_by_topic_when_a_topic_is_given() throws Exception {
        JsonNode report = new ObjectMapper().readTree(execute("figures", "--json", "flights"));

        assertEquals("flights", report.get("topic").asText());
        assertTrue(report.get("groups").size() >= 1);
        assertTrue(report.get("groups").size() < figures.get("groups").size());
    }

    private static JsonNode groupWithValue(String kind, double value) {
        for (JsonNode group : figures.get("groups")) {
            if (group.get("kind").asText().equals(kind) && values(group).contains(value)) {
                return group;
            }
        }
        throw new AssertionError("no " + kind + " group with " + value + " in " + figures);
    }

    private static JsonNode groupWithLower(String kind, double lower) {
        for (JsonNode group : figures.get("groups")) {
            if (group.get("kind").asText().equals(kind) && group.get("values").get(0).path("lower").asDouble() == lower) {
                return group;
            }
        }
        throw new AssertionError("no " + kind + " group from " + lower + " in " + figures);
    }

    private static JsonNode eventOn(String monthDay) {
        for (JsonNode event : timeline.get("events")) {
            if (event.hasNonNull("date") && event.get("date").asText().endsWith(monthDay)) {
                return event;
            }
        }
        throw new AssertionError("no event on " + monthDay + " in " + timeline);
    }

    private static Set<Double> values(JsonNode group) {
        Set<Double> values = new TreeSet<>();
        group.get("values").forEach(value -> values.add(value.path("value").asDouble()));
        return values;
    }

    private static Set<String> languages(JsonNode group) {
        Set<String> languages = new TreeSet<>();
        group.get("values").forEach(value -> value.get("sources")
                .forEach(source -> languages.add(source.get("language").asText())));
        return languages;
    }

    private static String execute(String... arguments) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = DocketCommand.commandLine(Map.of(), new ByteArrayInputStream(new byte[0]));
        commandLine.setOut(new PrintWriter(out));
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(arguments));
        assertEquals(0, commandLine.execute(all.toArray(String[]::new)));
        return out.toString();
    }
}
