package dev.docket.discord;

import dev.docket.answer.Answer;
import dev.docket.config.DiscordConfig;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers questions asked in messages: a message that mentions the bot (as a reply to it, typing while it
 * works), every message in the configured Q&amp;A channels, and direct messages (or declines them politely).
 * Ignores bots, webhooks, system messages and itself. Never lets an exception escape into JDA.
 */
final class ChannelQuestionListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ChannelQuestionListener.class);

    private final QuestionIntake intake;
    private final AnswerFormatter formatter;
    private final Set<String> qaChannelIds;
    private final boolean answerDms;

    ChannelQuestionListener(QuestionIntake intake, AnswerFormatter formatter, DiscordConfig config) {
        this.intake = intake;
        this.formatter = formatter;
        this.qaChannelIds = Set.copyOf(config.qaChannelIds());
        this.answerDms = config.answerDms();
    }

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        try {
            handle(event);
        } catch (RuntimeException e) {
            log.error("message {} in channel {} could not be handled", event.getMessageId(),
                    event.getChannel().getId(), e);
        }
    }

    private void handle(MessageReceivedEvent event) {
        Message message = event.getMessage();
        User author = event.getAuthor();
        User self = event.getJDA().getSelfUser();
        if (author.isBot() || author.isSystem() || message.isWebhookMessage() || author.getIdLong() == self.getIdLong()) {
            return;
        }
        if (event.isFromType(ChannelType.PRIVATE)) {
            if (answerDms) {
                answer(message, DiscordLocale.UNKNOWN, true);
            } else {
                reply(message, DiscordPhrases.say(DiscordLocale.UNKNOWN, "dm.declined"));
            }
            return;
        }
        if (!event.isFromGuild()) {
            return;
        }
        boolean mentioned = message.getMentions().isMentioned(self, Message.MentionType.USER);
        if (!mentioned && !qaChannelIds.contains(event.getChannel().getId())) {
            return;
        }
        GuildMessageChannel channel = event.getGuildChannel();
        if (!channel.canTalk()) {
            log.warn("a question in channel {} ({}) was not answered: the bot may not send messages there;"
                    + " grant it View Channel and Send Messages", channel.getName(), channel.getId());
            return;
        }
        answer(message, event.getGuild().getLocale(), canEmbed(event.getGuild().getSelfMember(), channel));
    }

    /** Messages carry no user locale: the server's language stands in for it. */
    private void answer(Message message, DiscordLocale locale, boolean embeds) {
        Optional<Instant> retryAt = intake.admit(message.getAuthor().getId());
        if (retryAt.isPresent()) {
            reply(message, intake.rateLimited(locale, retryAt.get()));
            return;
        }
        String question = withoutSelfMention(message.getContentRaw(), message.getJDA().getSelfUser().getId());
        message.getChannel().sendTyping().queue(null, Replies.failure("the typing indicator"));
        intake.answer(question, locale).whenComplete((answer, error) -> {
            try {
                if (error != null) {
                    throw new IllegalStateException("the question handler failed", error);
                }
                if (embeds) {
                    replyWithEmbeds(message, answer);
                } else {
                    reply(message, formatter.plainText(answer));
                }
            } catch (RuntimeException e) {
                log.error("message {} could not be answered", message.getId(), e);
                reply(message, DiscordPhrases.say(locale, "failed"));
            }
        });
    }

    private void replyWithEmbeds(Message message, Answer answer) {
        List<MessageEmbed> pages = formatter.embeds(answer);
        message.replyEmbeds(pages.get(0)).mentionRepliedUser(false).setAllowedMentions(Replies.NO_MENTIONS)
                .queue(null, Replies.failure("an answer in channel " + message.getChannel().getId()));
        for (MessageEmbed page : pages.subList(1, pages.size())) {
            message.getChannel().sendMessageEmbeds(page).setAllowedMentions(Replies.NO_MENTIONS)
                    .queue(null, Replies.failure("more sources in channel " + message.getChannel().getId()));
        }
    }

    private static void reply(Message message, String text) {
        message.reply(text).mentionRepliedUser(false).setAllowedMentions(Replies.NO_MENTIONS)
                .queue(null, Replies.failure("a reply in channel " + message.getChannel().getId()));
    }

    /** Whether the bot can answer with embeds here; without Embed Links it answers in plain text. */
    private static boolean canEmbed(Member self, GuildMessageChannel channel) {
        if (!self.hasPermission(channel, Permission.MESSAGE_EMBED_LINKS)) {
            log.warn("the bot lacks Embed Links in channel {} ({}); answering in plain text. Grant it for"
                    + " readable answers", channel.getName(), channel.getId());
            return false;
        }
        return true;
    }

    /** The message without the bot's own mention, so "@Docket what happened?" asks "what happened?". */
    static String withoutSelfMention(String content, String selfId) {
        return content.replace("<@" + selfId + ">", " ").replace("<@!" + selfId + ">", " ").strip();
    }
}
