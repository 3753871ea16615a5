package dev.docket.discord;

import dev.docket.knowledge.SourceDocument;
import dev.docket.retrieval.KnowledgeBase;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/** {@code /sources}: the documents of the live knowledge with title, outlet, language, date and link. */
final class SourcesCommand implements SlashCommand {

    private final KnowledgeBase knowledgeBase;

    SourcesCommand(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    @Override
    public SlashCommandData data() {
        return CommandDefinitions.slash("sources", "sources.description");
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        String language = DiscordPhrases.language(event.getUserLocale());
        event.replyEmbeds(embed(knowledgeBase.current().documents(), language))
                .setAllowedMentions(Replies.NO_MENTIONS)
                .queue(null, Replies.failure("the reply to /sources"));
    }

    static MessageEmbed embed(List<SourceDocument> documents, String language) {
        EmbedBuilder embed = new EmbedBuilder()
                .setTitle(DiscordPhrases.say(language, "sources.title", documents.size()))
                .setColor(AnswerFormatter.ANSWER_COLOR);
        if (documents.isEmpty()) {
            return embed.setDescription(DiscordPhrases.say(language, "sources.none")).build();
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < documents.size(); i++) {
            String line = line(i + 1, documents.get(i));
            String more = DiscordPhrases.say(language, "sources.more", documents.size() - i);
            if (text.length() + line.length() + more.length() + 1 > MessageEmbed.DESCRIPTION_MAX_LENGTH) {
                text.append(more);
                break;
            }
            text.append(line);
        }
        return embed.setDescription(text.toString().strip()).build();
    }

    private static String line(int n, SourceDocument document) {
        String title = MarkdownSanitizer.escape(document.title());
        StringBuilder line = new StringBuilder().append(n).append(". **")
                .append(document.url() == null ? title : "[" + title + "](" + document.url() + ")").append("**\n");
        line.append(document.outlet() == null ? "" : MarkdownSanitizer.escape(document.outlet()) + " \u00b7 ");
        line.append(document.language());
        line.append(document.date() == null ? "" : " \u00b7 " + document.date());
        line.append(" \u00b7 `").append(document.source().replace("`", "'")).append("`\n");
        return AnswerFormatter.trim(line.toString(), 1000);
    }
}
