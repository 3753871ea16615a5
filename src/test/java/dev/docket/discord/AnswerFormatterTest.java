package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Answer;
import dev.docket.answer.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

final class AnswerFormatterTest {

    private final AnswerFormatter formatter = new AnswerFormatter();

    @Test
    void should_show_answer_markers_and_numbered_sources_with_outlet_link_file_and_quote_when_answered() {
        Answer answer = answer(true, "According to the articles: the sky is blue. [1]", List.of(
                citation(1, "Weather report", "Daily Planet", "https://example.org/a", "The sky is blue.")));

        MessageEmbed embed = single(formatter.embeds(answer));

        assertEquals("What colour is the sky?", embed.getTitle());
        assertTrue(embed.getDescription().endsWith("[1]"));
        MessageEmbed.Field source = embed.getFields().get(0);
        assertEquals("[1] Weather report \u2014 Daily Planet", source.getName());
        assertTrue(source.getValue().startsWith("> The sky is blue."), source.getValue());
        assertTrue(source.getValue().contains("(https://example.org/a)"), source.getValue());
        assertTrue(source.getValue().contains("`knowledge/weather.md`"), source.getValue());
        assertEquals(AnswerFormatter.ANSWER_COLOR, embed.getColorRaw());
    }

    @Test
    void should_use_the_refusal_colour_and_footer_when_the_articles_do_not_answer() {
        MessageEmbed refusal = single(formatter.embeds(answer(false, "The articles don't answer this.", List.of())));
        MessageEmbed answered = single(formatter.embeds(answer(true, "Yes. [1]", List.of(
                citation(1, "T", null, null, "Yes.")))));

        assertEquals(AnswerFormatter.REFUSAL_COLOR, refusal.getColorRaw());
        assertTrue(refusal.getFields().isEmpty());
        assertFalse(refusal.getFooter().getText().equals(answered.getFooter().getText()));
    }

    @Test
    void should_write_the_footer_in_the_answer_language_when_it_is_french() {
        Answer answer = new Answer("Quoi ?", "fr", false, "Les articles ne répondent pas.", List.of(), "none", false, 3);

        assertTrue(single(formatter.embeds(answer)).getFooter().getText().contains("pas de réponse"));
    }

    @Test
    void should_trim_within_discord_limits_and_end_in_an_ellipsis_when_texts_are_too_long() {
        String huge = "word ".repeat(2_000);
        Answer answer = answer(true, huge, List.of(citation(1, huge, huge, "https://example.org/x", huge)));

        MessageEmbed embed = formatter.embeds(answer).get(0);

        assertTrue(embed.getDescription().length() <= MessageEmbed.DESCRIPTION_MAX_LENGTH);
        assertTrue(embed.getDescription().endsWith("\u2026"));
        MessageEmbed.Field field = embed.getFields().get(0);
        assertTrue(field.getName().length() <= MessageEmbed.TITLE_MAX_LENGTH);
        assertTrue(field.getValue().length() <= MessageEmbed.VALUE_MAX_LENGTH);
        assertTrue(field.getValue().contains("(https://example.org/x)"), "the link survives the trimming");
        assertTrue(embed.isSendable());
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 26, 60})
    void should_spread_sources_over_several_sendable_embeds_when_they_exceed_one_message(int citations) {
        String snippet = "A long quoted sentence from the article. ".repeat(30);
        List<Citation> sources = IntStream.rangeClosed(1, citations)
                .mapToObj(n -> citation(n, "Article " + n, "Outlet", "https://example.org/" + n, snippet))
                .toList();

        List<MessageEmbed> pages = formatter.embeds(answer(true, "x ".repeat(2_000), sources));

        List<String> names = new ArrayList<>();
        for (MessageEmbed page : pages) {
            assertTrue(page.isSendable(), "each embed is within 6000 characters");
            assertTrue(page.getFields().size() <= MessageEmbed.MAX_FIELD_AMOUNT);
            page.getFields().forEach(field -> names.add(field.getName()));
        }
        assertEquals(citations, names.size(), "no source is dropped");
        assertTrue(names.get(citations - 1).startsWith("[" + citations + "]"));
    }

    @Test
    void should_defuse_everyone_and_stay_within_2000_chars_when_formatting_plain_text() {
        Answer answer = answer(true, "@everyone look: " + "a ".repeat(1_500) + "[1]", List.of(
                citation(1, "T", "O", "https://example.org", "@here " + "b ".repeat(500))));

        String text = formatter.plainText(answer);

        assertTrue(text.length() <= 2_000);
        assertFalse(text.contains("@everyone"));
        assertTrue(text.startsWith("@\u200Beveryone"));
    }

    @Test
    void should_not_split_a_surrogate_pair_when_trimming() {
        String text = "a".repeat(8) + "\uD83D\uDE00" + "b".repeat(10);

        String trimmed = AnswerFormatter.trim(text, 10);

        assertEquals("a".repeat(8) + "\u2026", trimmed);
    }

    @Test
    void should_keep_whole_lines_and_count_the_rest_when_lines_exceed_the_budget() {
        List<String> lines = List.of("first line", "second line", "third line");

        assertEquals("first line\nsecond line\nthird line", AnswerFormatter.fitLines(lines, 100, n -> "+" + n));
        assertEquals("first line\nsecond li\u2026\n+1", AnswerFormatter.fitLines(lines, 24, n -> "+" + n));
        assertEquals("first line\n+2", AnswerFormatter.fitLines(lines, 16, n -> "+" + n));
    }

    @Test
    void should_show_the_figure_summary_after_the_answer_when_sources_disagree() {
        Answer answer = new Answer("How many widgets?", "en", true, "Over 2,000 widgets. [1]",
                List.of(citation(1, "T", "O", null, "Over 2,000 widgets.")), "extractive", true, 9,
                "Sources differ: 2,000 [1], 2,500 [2].");

        String description = single(formatter.embeds(answer)).getDescription();

        assertTrue(description.startsWith("Over 2,000 widgets. [1]\n\nSources differ: 2,000 [1], 2,500 [2]."),
                description);
    }

    @Test
    void should_quote_each_sentence_once_when_the_answer_already_quotes_it_or_two_sources_share_it() {
        Answer answer = answer(true, "According to the articles: The sky is blue. [1]", List.of(
                citation(1, "Weather report", "Daily Planet", null, "The sky is blue."),
                citation(2, "Other report", null, null, "Grass is green."),
                citation(3, "Third report", null, null, "Grass is green.")));

        List<MessageEmbed.Field> fields = single(formatter.embeds(answer)).getFields();

        assertFalse(fields.get(0).getValue().contains("> "), fields.get(0).getValue());
        assertTrue(fields.get(1).getValue().startsWith("> Grass is green."), fields.get(1).getValue());
        assertFalse(fields.get(2).getValue().contains("> "), fields.get(2).getValue());
    }

    @Test
    void should_name_the_model_and_the_check_in_the_footer_when_a_model_answered() {
        Answer answer = new Answer("Q?", "en", true, "Over 2,000 widgets [1].",
                List.of(citation(1, "T", null, null, "The factory made over 2,000 widgets.")), "openai:gpt-4o-mini",
                true, 812);

        String footer = single(formatter.embeds(answer)).getFooter().getText();

        assertTrue(footer.contains("gpt-4o-mini") && footer.contains("checked against the sources"), footer);
    }

    @Test
    void should_show_the_date_of_each_source_when_the_knowledge_gives_one() {
        AnswerFormatter dated = new AnswerFormatter(source -> "2024-08-06");

        MessageEmbed embed = single(dated.embeds(answer(true, "Yes. [1]", List.of(
                citation(1, "Weather report", "Daily Planet", null, "It rained.")))));

        assertEquals("[1] Weather report \u2014 Daily Planet \u00b7 2024-08-06", embed.getFields().get(0).getName());
    }

    @Test
    void should_stay_within_discord_limits_when_answers_quote_the_longest_sentences_of_the_knowledge()
            throws Exception {
        List<Citation> longest = LongestKnowledge.citations(6);
        StringBuilder quoted = new StringBuilder("The articles give different figures:");
        for (Citation citation : longest.subList(0, 3)) {
            quoted.append(' ').append(citation.snippet()).append(" [").append(citation.n()).append(']');
        }
        String summary = "Sources differ: " + "over 5,000 [1], 5,500 [2], more than 6,000 [3]; ".repeat(6);
        List<Answer> answers = List.of(
                new Answer(LongestKnowledge.longestTitle(), "en", true, quoted.toString(), longest, "extractive",
                        true, 99_999, summary),
                new Answer("Q?".repeat(200), "de", true, "Model text [1][2][3][4][5][6]. ".repeat(40), longest,
                        "openai:" + "m".repeat(300), true, 99_999, summary));

        for (Answer answer : answers) {
            for (MessageEmbed embed : formatter.embeds(answer)) {
                assertTrue(embed.isSendable(), "within 6000 characters and every field limit: " + embed.getLength());
                assertTrue(embed.getFields().size() <= MessageEmbed.MAX_FIELD_AMOUNT);
            }
            assertTrue(formatter.plainText(answer).length() <= 2000);
        }
    }

    private static MessageEmbed single(List<MessageEmbed> pages) {
        assertEquals(1, pages.size());
        return pages.get(0);
    }

    private static Answer answer(boolean answered, String text, List<Citation> citations) {
        return new Answer("What colour is the sky?", "en", answered, text, citations, "extractive", answered, 12);
    }

    private static Citation citation(int n, String title, String outlet, String url, String snippet) {
        return new Citation(n, title, outlet, "knowledge/weather.md", url, "en", snippet, 0, snippet.length());
    }
}
