package dev.docket.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.CommandInteraction;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the bot sends: every message allows no mentions at all (no {@code @everyone}, role, user or reply ping,
 * whatever the question or an article contains), and every failed send is logged with what to fix.
 */
final class Replies {

    private static final Logger log = LoggerFactory.getLogger(Replies.class);

    /** Allowed mentions for everything the bot sends: none. */
    static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

    private Replies() {}

    /** An edit of a deferred reply that shows {@code embed} and pings no one. */
    static MessageEditData embedEdit(MessageEmbed embed) {
        return new MessageEditBuilder().setEmbeds(embed).setAllowedMentions(NO_MENTIONS).build();
    }

    /** An edit of a deferred reply that shows {@code text} and pings no one. */
    static MessageEditData textEdit(String text) {
        return new MessageEditBuilder().setContent(AnswerFormatter.trim(text, Message.MAX_CONTENT_LENGTH))
                .setEmbeds(List.of()).setAllowedMentions(NO_MENTIONS).build();
    }

    /** Replies only to the user with {@code text}. */
    static void ephemeral(IReplyCallback event, String text) {
        event.reply(AnswerFormatter.trim(text, Message.MAX_CONTENT_LENGTH)).setEphemeral(true)
                .setAllowedMentions(NO_MENTIONS).queue(null, failure("ephemeral reply to /" + commandName(event)));
    }

    /** Tells the user that something went wrong, in their language, whether or not the interaction was answered. */
    static void failEphemerally(IReplyCallback event) {
        String text = DiscordPhrases.say(event.getUserLocale(), "failed");
        if (event.isAcknowledged()) {
            editOriginal(event.getHook(), textEdit(text), "error message");
        } else {
            ephemeral(event, text);
        }
    }

    /**
     * Edits the deferred reply into {@code pages}' first embed and sends the others as follow-ups (ephemeral like
     * the deferral when {@code ephemeral}), each allowing no mentions.
     */
    static void editInPages(InteractionHook hook, List<MessageEmbed> pages, boolean ephemeral, String what) {
        editOriginal(hook, embedEdit(pages.get(0)), what);
        sendFurtherPages(hook, pages, ephemeral, what);
    }

    /** Sends {@code pages} but the first as follow-ups of the interaction, each allowing no mentions. */
    static void sendFurtherPages(InteractionHook hook, List<MessageEmbed> pages, boolean ephemeral, String what) {
        for (MessageEmbed page : pages.subList(1, pages.size())) {
            hook.sendMessageEmbeds(page).setEphemeral(ephemeral).setAllowedMentions(NO_MENTIONS)
                    .queue(null, failure("a further page of " + what));
        }
    }

    static void editOriginal(InteractionHook hook, MessageEditData edit, String what) {
        hook.editOriginal(edit).queue(null, failure(what));
    }

    /** Logs a failed request once, saying what the server admin can do about missing permissions. */
    static Consumer<Throwable> failure(String what) {
        return error -> {
            if (error instanceof InsufficientPermissionException missing) {
                log.warn("could not send {}: the bot lacks the permission {} in channel {}; grant it in the"
                        + " channel or server settings", what, missing.getPermission().getName(),
                        missing.getChannelId());
            } else if (error instanceof ErrorResponseException response
                    && (response.getErrorResponse() == ErrorResponse.MISSING_PERMISSIONS
                            || response.getErrorResponse() == ErrorResponse.MISSING_ACCESS)) {
                log.warn("could not send {}: Discord says {}; give the bot View Channel, Send Messages and"
                        + " Embed Links there", what, response.getMeaning());
            } else {
                log.warn("could not send {}", what, error);
            }
        };
    }

    private static String commandName(IReplyCallback event) {
        return event instanceof CommandInteraction command
                ? command.getName()
                : "interaction";
    }
}
