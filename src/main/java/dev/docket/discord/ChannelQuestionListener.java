package dev.docket.discord;

import dev.docket.answer.Turn;
import dev.docket.config.DiscordConfig;
import dev.docket.discord.Conversations.Conversation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers questions asked in messages: a message that mentions the bot, every message in the configured Q&amp;A
 * channels, and direct messages (or declines them politely). A reply to one of the bot's answers, and a message in
 * a thread the bot opened, is a follow-up: answered with the conversation so far, in its language. With
 * {@code discord.answer-in-threads} a channel question is answered in a new thread opened from it. Every answer
 * carries the vote buttons. Ignores bots, webhooks, system messages and itself; never lets an exception escape
 * into JDA.
 */
final class ChannelQuestionListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(ChannelQuestionListener.class);

    private final QuestionIntake intake;
    private final Conversations conversations;
    private final ChannelAnswers answers;
    private final Set<String> qaChannelIds;
    private final boolean answerDms;
    private final boolean answerInThreads;

    ChannelQuestionListener(
            QuestionIntake intake, AnswerFormatter formatter, Conversations conversations, DiscordConfig config) {
        this.intake = intake;
        this.conversations = conversations;
        this.answers = new ChannelAnswers(formatter, conversations);
        this.qaChannelIds = Set.copyOf(config.qaChannelIds());
        this.answerDms = config.answerDms();
        this.answerInThreads = config.answerInThreads();
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
        Optional<Conversation> followed = FollowedConversation.of(message, self, conversations);
        if (event.isFromType(ChannelType.PRIVATE)) {
            if (answerDms) {
                answer(new Asked(message, followed.orElse(null), "dm", DiscordLocale.UNKNOWN, true, false));
            } else {
                reply(message, DiscordPhrases.say(DiscordLocale.UNKNOWN, "dm.declined"));
            }
            return;
        }
        if (!event.isFromGuild()) {
            return;
        }
        boolean mentioned = message.getMentions().isMentioned(self, Message.MentionType.USER);
        boolean qaChannel = qaChannelIds.contains(event.getChannel().getId());
        if (followed.isEmpty() && !mentioned && !qaChannel) {
            return;
        }
        if (followed.isPresent() && !mentioned && message.getContentRaw().isBlank()) {
            return;
        }
        GuildMessageChannel channel = event.getGuildChannel();
        if (!channel.canTalk()) {
            log.warn("a question in channel {} ({}) was not answered: the bot may not send messages there;"
                    + " grant it View Channel and Send Messages", channel.getName(), channel.getId());
            return;
        }
        String kind = followed.isPresent()
                ? (event.getChannelType().isThread() ? "thread" : "reply")
                : (mentioned ? "mention" : "qa-channel");
        boolean newThread = followed.isEmpty() && answerInThreads && event.getChannelType() == ChannelType.TEXT;
        answer(new Asked(message, followed.orElse(null), kind, event.getGuild().getLocale(),
                canEmbed(event.getGuild().getSelfMember(), channel), newThread));
    }

    /** A message to answer: the conversation it follows up (or null), where it was asked and how to answer. */
    private record Asked(
            Message message, Conversation conversation, String kind, DiscordLocale locale, boolean embeds,
            boolean newThread) {

        /** The conversation's language, or (messages carry no user locale) the server's. */
        String language() {
            return conversation != null && conversation.language() != null
                    ? conversation.language()
                    : DiscordPhrases.language(locale);
        }

        String languageHint() {
            return conversation != null && conversation.language() != null
                    ? conversation.language()
                    : QuestionIntake.languageHint(locale);
        }

        List<Turn> history() {
            return conversation == null ? List.of() : conversation.turns();
        }
    }

    private void answer(Asked asked) {
        Message message = asked.message();
        Optional<Instant> retryAt = intake.admit(message.getAuthor().getId());
        if (retryAt.isPresent()) {
            reply(message, intake.rateLimited(DiscordPhrases.localeOf(asked.language()), retryAt.get()));
            return;
        }
        String question = withoutSelfMention(message.getContentRaw(), message.getJDA().getSelfUser().getId());
        message.getChannel().sendTyping().queue(null, Replies.failure("the typing indicator"));
        intake.answer(question, asked.languageHint(), asked.history(), message.getId(), asked.kind())
                .whenComplete((answer, error) -> {
                    try {
                        if (error != null) {
                            throw new IllegalStateException("the question handler failed", error);
                        }
                        if (asked.newThread()) {
                            answers.inNewThread(message, answer, asked.embeds());
                        } else {
                            answers.reply(message, answer, asked.embeds(), asked.conversation());
                        }
                    } catch (RuntimeException e) {
                        log.error("message {} could not be answered", message.getId(), e);
                        reply(message, DiscordPhrases.say(asked.language(), "failed"));
                    }
                });
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
