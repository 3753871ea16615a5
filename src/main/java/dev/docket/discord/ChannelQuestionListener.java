package dev.docket.discord;

import dev.docket.answer.Answer;
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
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
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
    private static final int THREAD_NAME_MAX = 100;

    private final QuestionIntake intake;
    private final AnswerFormatter formatter;
    private final Conversations conversations;
    private final Set<String> qaChannelIds;
    private final boolean answerDms;
    private final boolean answerInThreads;

    ChannelQuestionListener(
            QuestionIntake intake, AnswerFormatter formatter, Conversations conversations, DiscordConfig config) {
        this.intake = intake;
        this.formatter = formatter;
        this.conversations = conversations;
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
        Optional<Conversation> followed = followedUp(message, self);
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

    /**
     * The conversation {@code message} follows up: the bot's thread it was written in, or the bot's answer it
     * replies to. An answer the bot no longer remembers (it restarted, or the conversation aged out) still gives
     * its question and answer, read from the answer's embed.
     */
    private Optional<Conversation> followedUp(Message message, User self) {
        if (message.getChannelType().isThread() && conversations.isConversationThread(message.getChannelId())) {
            return conversations.find(message.getChannelId());
        }
        if (message.getMessageReference() == null) {
            return Optional.empty();
        }
        Optional<Conversation> known = conversations.find(message.getMessageReference().getMessageId());
        if (known.isPresent()) {
            return known;
        }
        Message answer = message.getReferencedMessage();
        if (answer == null || answer.getAuthor().getIdLong() != self.getIdLong() || answer.getEmbeds().isEmpty()) {
            return Optional.empty();
        }
        MessageEmbed embed = answer.getEmbeds().get(0);
        if (embed.getTitle() == null || embed.getDescription() == null) {
            return Optional.empty();
        }
        String question = embed.getTitle().replaceAll("\\\\(.)", "$1");
        return Optional.of(new Conversation(FeedbackButtons.languageOf(answer).orElse(null),
                List.of(new Turn(question, embed.getDescription())), null));
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
                            answerInNewThread(asked, answer);
                        } else {
                            replyWithAnswer(asked, answer);
                        }
                    } catch (RuntimeException e) {
                        log.error("message {} could not be answered", message.getId(), e);
                        reply(message, DiscordPhrases.say(asked.language(), "failed"));
                    }
                });
    }

    /** Opens a thread from the question, named after it in the answer's language, and answers there. */
    private void answerInNewThread(Asked asked, Answer answer) {
        Message message = asked.message();
        String name = AnswerFormatter.trim(
                DiscordPhrases.say(answer.language(), "thread.name", answer.question()), THREAD_NAME_MAX);
        message.createThreadChannel(name).queue(thread -> {
            conversations.openThread(thread.getId(), answer.language());
            Conversation opened = conversations.find(thread.getId()).orElse(null);
            send(thread, null, answer, asked.message().getId(), asked.embeds(), opened);
        }, failure -> {
            log.warn("no thread could be opened from message {} ({}); answering in the channel", message.getId(),
                    failure.getMessage());
            replyWithAnswer(asked, answer);
        });
    }

    private void replyWithAnswer(Asked asked, Answer answer) {
        send(asked.message().getChannel(), asked.message(), answer, asked.message().getId(), asked.embeds(),
                asked.conversation());
    }

    /**
     * Sends the answer with its vote buttons, as a reply to {@code replyTo} when given; once Discord confirms it,
     * the conversation goes on under the answer's id (and its thread's).
     */
    private void send(MessageChannel channel, Message replyTo, Answer answer, String ref, boolean embeds,
            Conversation conversation) {
        List<MessageEmbed> pages = embeds ? formatter.embeds(answer) : List.of();
        MessageCreateBuilder first = new MessageCreateBuilder().setAllowedMentions(Replies.NO_MENTIONS)
                .setComponents(FeedbackButtons.row(ref, answer.language()));
        if (embeds) {
            first.setEmbeds(pages.get(0));
        } else {
            first.setContent(formatter.plainText(answer));
        }
        MessageCreateData data = first.build();
        var action = replyTo == null
                ? channel.sendMessage(data)
                : replyTo.reply(data).mentionRepliedUser(false);
        Conversation continued = continueInThread(conversation, answer);
        action.queue(sent -> remember(continued, conversation, answer, sent),
                Replies.failure("an answer in channel " + channel.getId()));
        for (MessageEmbed page : pages.subList(Math.min(1, pages.size()), pages.size())) {
            channel.sendMessageEmbeds(page).setAllowedMentions(Replies.NO_MENTIONS)
                    .queue(null, Replies.failure("more sources in channel " + channel.getId()));
        }
    }

    /**
     * In a thread the turn is added at once, before the answer is even sent, so a quick next message in the
     * thread already follows it up; null outside threads.
     */
    private Conversation continueInThread(Conversation conversation, Answer answer) {
        if (conversation == null || conversation.threadId() == null) {
            return null;
        }
        return conversations.add(conversation, answer.language(), new Turn(answer.question(), answer.text()),
                List.of(conversation.threadId()));
    }

    /** Once the answer is sent, a reply to it follows up the conversation too. */
    private void remember(Conversation continued, Conversation conversation, Answer answer, Message sent) {
        if (continued != null) {
            conversations.file(sent.getId(), continued);
        } else {
            conversations.add(conversation, answer.language(), new Turn(answer.question(), answer.text()),
                    List.of(sent.getId()));
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
