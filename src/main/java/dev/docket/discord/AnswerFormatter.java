package dev.docket.discord;

import dev.docket.answer.Answer;
import dev.docket.answer.Citation;
import dev.docket.answer.ExtractiveAnswerer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/**
 * Lays an {@link Answer} out for Discord, within Discord's limits. The answer comes first: the question as title,
 * the answer with its {@code [n]} markers as description, then the one-line figure summary when sources disagree.
 * Then the sources, compact, one field each: number, title, outlet, date, the quoted sentence (left out when the
 * answer already quotes it, so no quote is shown twice), the link and the knowledge file. The footer says how it was
 * answered: quoted from the articles, or the model's name and "checked against the sources". Nothing is cut
 * silently: long texts end in an ellipsis, and sources that don't fit go to further embeds, one message each.
 * Pure: no Discord connection is needed.
 */
final class AnswerFormatter {

    static final int ANSWER_COLOR = 0x2E7D32;
    static final int REFUSAL_COLOR = 0xB26A00;
    private static final String ELLIPSIS = "\u2026";
    /** Characters Discord markdown gives a meaning; a backslash before each shows it as typed. */
    private static final Pattern MARKDOWN = Pattern.compile("[\\\\*_~`|>#\\[\\]()-]");

    private final Function<String, String> sourceToDate;

    /** A formatter that shows each source's publication date, looked up by its knowledge file. */
    AnswerFormatter(Function<String, String> sourceToDate) {
        this.sourceToDate = sourceToDate;
    }

    /** A formatter that shows no dates. */
    AnswerFormatter() {
        this(source -> null);
    }

    /** One embed per message; the first holds the answer, the rest hold sources that did not fit. */
    List<MessageEmbed> embeds(Answer answer) {
        String language = answer.language();
        String footer = footer(answer);
        int color = answer.answered() ? ANSWER_COLOR : REFUSAL_COLOR;
        EmbedBuilder first = page(questionTitle(answer.question()), footer, color);
        first.setDescription(trim(answerWithSummary(answer), MessageEmbed.DESCRIPTION_MAX_LENGTH));
        List<MessageEmbed.Field> fields = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (Citation citation : answer.citations()) {
            fields.add(field(citation, quoteUnlessShown(citation, answer.text(), shown), language));
        }
        return paginate(first, fields, () -> page(DiscordPhrases.say(language, "sources.continued"), footer, color));
    }

    /**
     * {@code fields} laid out over as few embeds as Discord's limits allow (25 fields and 6000 characters per
     * embed), in order and none dropped: {@code first} takes what fits after its own title and description, and
     * each further page starts from {@code continuation}. Each field must already be within the field limits.
     */
    static List<MessageEmbed> paginate(
            EmbedBuilder first, List<MessageEmbed.Field> fields, Supplier<EmbedBuilder> continuation) {
        List<MessageEmbed> pages = new ArrayList<>();
        EmbedBuilder page = first;
        for (MessageEmbed.Field field : fields) {
            int fieldLength = field.getName().length() + field.getValue().length();
            if (page.getFields().size() == MessageEmbed.MAX_FIELD_AMOUNT
                    || page.length() + fieldLength > MessageEmbed.EMBED_MAX_LENGTH_BOT) {
                pages.add(page.build());
                page = continuation.get();
            }
            page.addField(field);
        }
        pages.add(page.build());
        return List.copyOf(pages);
    }

    /** The answer as plain message content (for channels where the bot may not embed), at most 2000 chars. */
    String plainText(Answer answer) {
        StringBuilder text = new StringBuilder(answerWithSummary(answer));
        Set<String> shown = new HashSet<>();
        for (Citation citation : answer.citations()) {
            text.append("\n[").append(citation.n()).append("] ").append(heading(citation));
            text.append(citation.url() == null ? "" : " <" + citation.url() + ">");
            text.append(" \u00b7 ").append(citation.source());
            String quote = quoteUnlessShown(citation, answer.text(), shown);
            if (quote != null) {
                text.append("\n> ").append(quote.replace("\n", "\n> "));
            }
        }
        return trim(neutralizeMentions(text.toString()), Message.MAX_CONTENT_LENGTH);
    }

    /** The answer, then the one-line figure summary when sources disagree. */
    static String answerWithSummary(Answer answer) {
        String summary = answer.figureSummary();
        return summary == null || summary.isBlank() ? answer.text() : answer.text() + "\n\n" + summary.strip();
    }

    /**
     * The citation's quote, or null when the answer text or an earlier source already shows it: each quote is
     * shown once.
     */
    static String quoteUnlessShown(Citation citation, String answerText, Set<String> shown) {
        String quote = citation.snippet().strip();
        if (quote.isEmpty() || answerText.contains(quote) || !shown.add(quote)) {
            return null;
        }
        return quote;
    }

    /** An embed with a title (none when blank), a colour and a footer. */
    static EmbedBuilder page(String title, String footer, int color) {
        EmbedBuilder page = new EmbedBuilder();
        page.setTitle(title == null || title.isBlank() ? null : title);
        page.setColor(color);
        page.setFooter(footer);
        return page;
    }

    private static String footer(Answer answer) {
        if (!answer.answered()) {
            return DiscordPhrases.say(answer.language(), "footer.refusal");
        }
        String adapter = answer.adapter();
        if (adapter == null || adapter.equals(ExtractiveAnswerer.ADAPTER) || !answer.grounded()) {
            return DiscordPhrases.say(answer.language(), "footer.answer", answer.millis());
        }
        String model = adapter.substring(adapter.indexOf(':') + 1);
        return trim(DiscordPhrases.say(answer.language(), "footer.model", model, answer.millis()),
                MessageEmbed.TEXT_MAX_LENGTH);
    }

    private MessageEmbed.Field field(Citation citation, String quote, String language) {
        String date = sourceToDate.apply(citation.source());
        String name = trim("[" + citation.n() + "] " + heading(citation) + (date == null ? "" : " \u00b7 " + date),
                MessageEmbed.TITLE_MAX_LENGTH);
        String where = (citation.url() == null
                        ? ""
                        : "[" + DiscordPhrases.say(language, "source.link") + "](" + citation.url() + ") \u00b7 ")
                + "`" + citation.source().replace("`", "'") + "`";
        if (quote == null) {
            return new MessageEmbed.Field(name, trim(where, MessageEmbed.VALUE_MAX_LENGTH), false);
        }
        int quoteBudget = MessageEmbed.VALUE_MAX_LENGTH - where.length() - 1;
        String quoted = "> " + MarkdownSanitizer.escape(quote).replace("\n", "\n> ");
        return new MessageEmbed.Field(name, trim(quoted, quoteBudget) + "\n" + where, false);
    }

    private static String heading(Citation citation) {
        return citation.outlet() == null ? citation.title() : citation.title() + " \u2014 " + citation.outlet();
    }

    /**
     * The question as the embed title, shown as typed: Discord markdown in it is escaped (so {@code **x**} or a
     * stray backtick cannot restyle the answer) and {@code @everyone}/{@code @here} defused.
     */
    static String questionTitle(String question) {
        return question == null ? null
                : trim(neutralizeMentions(MARKDOWN.matcher(question).replaceAll("\\\\$0")),
                        MessageEmbed.TITLE_MAX_LENGTH);
    }

    /** Discord would show {@code @everyone} highlighted even when it cannot ping; a zero-width space defuses it. */
    static String neutralizeMentions(String text) {
        return text.replace("@everyone", "@\u200Beveryone").replace("@here", "@\u200Bhere");
    }

    /**
     * {@code lines} joined by newlines within {@code max} chars, in order: whole lines while they fit, a line that
     * doesn't trimmed into the room left when that is at least a quarter of {@code max}, and for lines left out a
     * last line {@code more.apply(leftOut)}.
     */
    static String fitLines(List<String> lines, int max, IntFunction<String> more) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String separator = text.length() == 0 ? "" : "\n";
            String tail = i == lines.size() - 1 ? "" : "\n" + more.apply(lines.size() - i - 1);
            int room = max - text.length() - separator.length() - tail.length();
            String line = lines.get(i);
            if (line.length() > room && room < max / 4) {
                String leftOut = more.apply(lines.size() - i);
                return text.length() + separator.length() + leftOut.length() <= max
                        ? text.append(separator).append(leftOut).toString()
                        : text.toString();
            }
            text.append(separator).append(trim(line, room));
        }
        return text.toString();
    }

    /** {@code text} cut to at most {@code max} chars, at a word boundary when one is near, ending in an ellipsis. */
    static String trim(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = max - ELLIPSIS.length();
        int space = text.lastIndexOf(' ', cut);
        if (space > cut * 4 / 5) {
            cut = space;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
}
