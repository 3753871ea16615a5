package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.figures.Figure;
import dev.docket.figures.FigureGroup;
import dev.docket.figures.FigureKind;
import dev.docket.figures.FiguresReport;
import dev.docket.figures.TimelineEvent;
import dev.docket.figures.TimelineReport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class FigureEmbedsTest {

    private final FigureEmbeds embeds = new FigureEmbeds();

    @Test
    void should_list_each_value_with_who_gives_it_and_mark_the_group_when_sources_disagree() {
        FigureGroup group = new FigureGroup(FigureKind.COUNT, null, "widgets", true, List.of(
                value("100", figure("100", "the maker", "knowledge/a.md")),
                value("120", figure("120", null, "knowledge/b.md"))));

        MessageEmbed embed = single(embeds.figures(new FiguresReport("widgets", List.of(group)), "en"));

        assertEquals("Figures about \"widgets\"", embed.getTitle());
        MessageEmbed.Field field = embed.getFields().get(0);
        assertEquals("widgets \u00b7 count \u00b7 \u26a0 sources disagree", field.getName());
        assertTrue(field.getValue().startsWith("**100**: \"100\" per the maker (Outlet, knowledge/a.md)"),
                field.getValue());
        assertTrue(field.getValue().contains("\n**120**: \"120\" (Outlet, knowledge/b.md)"), field.getValue());
    }

    @Test
    void should_say_in_german_that_nothing_matches_when_the_topic_finds_no_group() {
        MessageEmbed embed = single(embeds.figures(new FiguresReport("Kometen", List.of()), "de"));

        assertTrue(embed.getDescription().startsWith("Keine Zahlen zu „Kometen“"), embed.getDescription());
        assertEquals(AnswerFormatter.REFUSAL_COLOR, embed.getColorRaw());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 26, 80})
    void should_spread_groups_over_sendable_embeds_and_drop_none_when_they_exceed_one_message(int groups) {
        List<FigureGroup> many = IntStream.rangeClosed(1, groups)
                .mapToObj(n -> new FigureGroup(FigureKind.MONEY, "USD", "group " + n, n % 2 == 0,
                        IntStream.range(0, 40).mapToObj(v -> value("USD " + v + " million",
                                figure("$" + v + " million", "a long-winded speaker ".repeat(3), "knowledge/x.md")))
                                .toList()))
                .toList();

        List<MessageEmbed> pages = embeds.figures(new FiguresReport(null, many), "fr");

        assertAllSendable(pages);
        List<String> names = names(pages);
        assertEquals(groups, names.size());
        assertTrue(names.get(groups - 1).startsWith("group " + groups + " "), names.get(groups - 1));
        String value = pages.get(0).getFields().get(0).getValue();
        assertTrue(value.endsWith("de plus"), "left-out values are counted: " + value);
    }

    @Test
    void should_show_each_event_with_its_sentence_and_sources_and_say_when_a_date_is_partial_or_relative() {
        TimelineReport report = new TimelineReport(List.of(
                new TimelineEvent("2024-03-01", null, List.of(figure("March 1", null, "knowledge/a.md"),
                        figure("1. März", null, "knowledge/b.md"))),
                new TimelineEvent("--03-05", null, List.of(figure("5 mars", null, "knowledge/c.md"))),
                new TimelineEvent(null, "letzte Woche", List.of(figure("letzte Woche", null, "knowledge/b.md")))));

        List<MessageEmbed.Field> fields = single(embeds.timeline(report, "en")).getFields();

        assertEquals("2024-03-01", fields.get(0).getName());
        assertEquals("> The sentence with March 1 in it.\n\u2022 \"March 1\" (Outlet, knowledge/a.md)\n"
                + "\u2022 \"1. März\" (Outlet, knowledge/b.md)", fields.get(0).getValue());
        assertEquals("03-05 (year not stated)", fields.get(1).getName());
        assertEquals("letzte Woche (relative, date not certain)", fields.get(2).getName());
    }

    @Test
    void should_spread_a_long_timeline_over_sendable_embeds_when_events_exceed_one_message() {
        List<TimelineEvent> events = IntStream.rangeClosed(1, 60)
                .mapToObj(n -> new TimelineEvent("2024-01-" + n, null, IntStream.range(0, 30)
                        .mapToObj(i -> figure("day " + n, null, "knowledge/source-" + i + ".md")).toList()))
                .toList();

        List<MessageEmbed> pages = embeds.timeline(new TimelineReport(events), "de");

        assertAllSendable(pages);
        assertEquals(60, names(pages).size());
        assertEquals("Zeitleiste (Fortsetzung)", pages.get(1).getTitle());
    }

    private static void assertAllSendable(List<MessageEmbed> pages) {
        for (MessageEmbed page : pages) {
            assertTrue(page.isSendable(), "within 6000 characters: " + page.getLength());
            assertTrue(page.getFields().size() <= MessageEmbed.MAX_FIELD_AMOUNT);
            for (MessageEmbed.Field field : page.getFields()) {
                assertTrue(field.getValue().length() <= MessageEmbed.VALUE_MAX_LENGTH);
            }
        }
    }

    private static List<String> names(List<MessageEmbed> pages) {
        List<String> names = new ArrayList<>();
        pages.forEach(page -> page.getFields().forEach(field -> names.add(field.getName())));
        return names;
    }

    private static MessageEmbed single(List<MessageEmbed> pages) {
        assertEquals(1, pages.size());
        return pages.get(0);
    }

    private static FigureGroup.GroupValue value(String display, Figure figure) {
        return new FigureGroup.GroupValue(display, figure.value(), null, null, List.of(figure));
    }

    private static Figure figure(String text, String attribution, String source) {
        String sentence = "The sentence with " + text + " in it.";
        int start = sentence.indexOf(text);
        return new Figure(source, "en", "Outlet", 0, 0, sentence.length(), sentence, start, start + text.length(),
                text, FigureKind.COUNT, 1.0, null, null, null, null, "widgets", attribution, null);
    }
}
