package dev.docket.discord;

import dev.docket.figures.Figure;
import dev.docket.figures.FigureGroup;
import dev.docket.figures.FigureText;
import dev.docket.figures.FiguresReport;
import dev.docket.figures.TimelineEvent;
import dev.docket.figures.TimelineReport;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/**
 * Lays figure reports and the timeline out for Discord in the user's language: one field per figure group (each
 * value with who gives it and where, as {@link FigureText} words it) or per dated event (the sentence and its
 * sources), spread over several embeds within Discord's limits by {@link AnswerFormatter#paginate}. Texts from
 * the articles are shown as written, with Markdown escaped. Pure: no Discord connection is needed.
 */
final class FigureEmbeds {

    private static final int SENTENCE_CHARS = 300;

    /** The figure groups of {@code report}, disagreements marked; a report without groups says so. */
    List<MessageEmbed> figures(FiguresReport report, String language) {
        String topic = report.topic() == null ? null : AnswerFormatter.trim(report.topic().strip(), 100);
        String title = topic == null ? DiscordPhrases.say(language, "figures.title")
                : DiscordPhrases.say(language, "figures.title.topic", topic);
        String footer = DiscordPhrases.say(language, "figures.footer");
        if (report.groups().isEmpty()) {
            return List.of(empty(title, footer, topic == null ? DiscordPhrases.say(language, "figures.none")
                    : DiscordPhrases.say(language, "figures.none.topic", topic)));
        }
        EmbedBuilder first = AnswerFormatter.page(
                AnswerFormatter.trim(title, MessageEmbed.TITLE_MAX_LENGTH), footer, AnswerFormatter.ANSWER_COLOR)
                .setDescription(DiscordPhrases.say(language, "figures.summary", report.groups().size(),
                        report.disagreements().size()));
        List<MessageEmbed.Field> fields = report.groups().stream().map(group -> field(group, language)).toList();
        return AnswerFormatter.paginate(first, fields, () -> AnswerFormatter.page(
                DiscordPhrases.say(language, "figures.continued"), footer, AnswerFormatter.ANSWER_COLOR));
    }

    /** The dated events in order, relative ones last; a timeline without events says so. */
    List<MessageEmbed> timeline(TimelineReport report, String language) {
        String title = DiscordPhrases.say(language, "timeline.title");
        String footer = DiscordPhrases.say(language, "timeline.footer");
        if (report.events().isEmpty()) {
            return List.of(empty(title, footer, DiscordPhrases.say(language, "timeline.none")));
        }
        EmbedBuilder first = AnswerFormatter.page(title, footer, AnswerFormatter.ANSWER_COLOR)
                .setDescription(DiscordPhrases.say(language, "timeline.summary", report.events().size()));
        List<MessageEmbed.Field> fields = report.events().stream().map(event -> field(event, language)).toList();
        return AnswerFormatter.paginate(first, fields, () -> AnswerFormatter.page(
                DiscordPhrases.say(language, "timeline.continued"), footer, AnswerFormatter.ANSWER_COLOR));
    }

    private static MessageEmbed empty(String title, String footer, String description) {
        return AnswerFormatter.page(AnswerFormatter.trim(title, MessageEmbed.TITLE_MAX_LENGTH), footer,
                        AnswerFormatter.REFUSAL_COLOR)
                .setDescription(AnswerFormatter.trim(description, MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .build();
    }

    private static MessageEmbed.Field field(FigureGroup group, String language) {
        String name = group.label() + " \u00b7 " + DiscordPhrases.say(language, "figures.kind." + group.kind().id())
                + (group.disagreement() ? " \u00b7 \u26a0 " + DiscordPhrases.say(language, "figures.disagree") : "");
        List<String> lines = group.values().stream()
                .map(value -> "**" + MarkdownSanitizer.escape(value.display()) + "**: " + String.join("; ",
                        value.figures().stream().map(figure -> MarkdownSanitizer.escape(FigureText.who(figure)))
                                .toList()))
                .toList();
        return new MessageEmbed.Field(AnswerFormatter.trim(name, MessageEmbed.TITLE_MAX_LENGTH),
                AnswerFormatter.fitLines(lines, MessageEmbed.VALUE_MAX_LENGTH,
                        leftOut -> DiscordPhrases.say(language, "sources.more", leftOut)),
                false);
    }

    private static MessageEmbed.Field field(TimelineEvent event, String language) {
        String name = event.date() == null ? DiscordPhrases.say(language, "timeline.relative", event.relative())
                : date(event.date(), language) + (event.relative() == null ? "" : " (" + event.relative() + ")");
        String sentence = event.mentions().get(0).sentence().replaceAll("\\s+", " ").strip();
        String quote = "> " + MarkdownSanitizer.escape(AnswerFormatter.trim(sentence, SENTENCE_CHARS));
        List<String> sources = event.mentions().stream().map(FigureEmbeds::source).distinct().toList();
        String sourceText = AnswerFormatter.fitLines(sources, MessageEmbed.VALUE_MAX_LENGTH - quote.length() - 1,
                leftOut -> DiscordPhrases.say(language, "sources.more", leftOut));
        return new MessageEmbed.Field(AnswerFormatter.trim(name, MessageEmbed.TITLE_MAX_LENGTH),
                quote + "\n" + sourceText, false);
    }

    /** ISO 8601 as the timeline gives it; "--07-25" (no source states the year) says so in words. */
    private static String date(String isoDate, String language) {
        return isoDate.startsWith("--") ? DiscordPhrases.say(language, "timeline.no.year", isoDate.substring(2))
                : isoDate;
    }

    private static String source(Figure mention) {
        return "\u2022 " + MarkdownSanitizer.escape(FigureText.who(mention));
    }
}
