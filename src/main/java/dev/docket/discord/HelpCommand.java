package dev.docket.discord;

import dev.docket.config.DiscordConfig;
import dev.docket.retrieval.KnowledgeBase;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** {@code /help}: what Docket is, how much it knows and how to ask, in the user's language, only to them. */
final class HelpCommand implements SlashCommand {

    private final KnowledgeBase knowledgeBase;
    private final DiscordConfig config;

    HelpCommand(KnowledgeBase knowledgeBase, DiscordConfig config) {
        this.knowledgeBase = knowledgeBase;
        this.config = config;
    }

    @Override
    public SlashCommandData data() {
        return CommandDefinitions.slash("help", "help.description");
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        event.replyEmbeds(embed(DiscordPhrases.language(event.getUserLocale())))
                .setEphemeral(true)
                .setAllowedMentions(Replies.NO_MENTIONS)
                .queue(null, Replies.failure("the reply to /help"));
    }

    MessageEmbed embed(String language) {
        StringBuilder text = new StringBuilder(
                DiscordPhrases.say(language, "help.text", knowledgeBase.current().documents().size()));
        if (config.answerDms()) {
            text.append("\n\n").append(DiscordPhrases.say(language, "help.dms"));
        }
        if (!config.qaChannelIds().isEmpty()) {
            String channels = config.qaChannelIds().stream().map(id -> "<#" + id + ">")
                    .collect(Collectors.joining(", "));
            text.append("\n\n").append(DiscordPhrases.say(language, "help.qa.channels", channels));
        }
        return new EmbedBuilder()
                .setTitle(DiscordPhrases.say(language, "help.title"))
                .setDescription(AnswerFormatter.trim(text.toString(), MessageEmbed.DESCRIPTION_MAX_LENGTH))
                .setColor(AnswerFormatter.ANSWER_COLOR)
                .build();
    }
}
