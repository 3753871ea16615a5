package dev.docket.discord;

import dev.docket.answer.Answer;
import dev.docket.answer.Turn;
import dev.docket.discord.Conversations.Conversation;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an answer to a message question: as a reply to it, or in a new thread opened from it, with the vote
 * buttons, pinging no one; then files the answer in its conversation so a reply (or the next message in the
 * thread) follows it up.
 */
final class ChannelAnswers {

    private static final Logger log = LoggerFactory.getLogger(ChannelAnswers.class);
    private static final int THREAD_NAME_MAX = 100;

    private final AnswerFormatter formatter;
    private final Conversations conversations;

    ChannelAnswers(AnswerFormatter formatter, Conversations conversations) {
        this.formatter = formatter;
        this.conversations = conversations;
    }

    /** Opens a thread from the question, named after it in the answer's language, and answers there. */
    void inNewThread(Message message, Answer answer, boolean embeds) {
        String name = AnswerFormatter.trim(
                DiscordPhrases.say(answer.language(), "thread.name", answer.question()), THREAD_NAME_MAX);
        message.createThreadChannel(name).queue(thread -> {
            conversations.openThread(thread.getId(), answer.language());
            Conversation opened = conversations.find(thread.getId()).orElse(null);
            send(thread, null, answer, message.getId(), embeds, opened);
        }, failure -> {
            log.warn("no thread could be opened from message {} ({}); answering in the channel", message.getId(),
                    failure.getMessage());
            reply(message, answer, embeds, null);
        });
    }

    /** Replies to {@code message} with the answer, which goes on {@code conversation} (null: starts one). */
    void reply(Message message, Answer answer, boolean embeds, Conversation conversation) {
        send(message.getChannel(), message, answer, message.getId(), embeds, conversation);
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
}
