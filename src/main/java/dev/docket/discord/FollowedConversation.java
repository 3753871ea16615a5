package dev.docket.discord;

import dev.docket.answer.Turn;
import dev.docket.discord.Conversations.Conversation;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;

/** Finds the conversation a message follows up, if any: in the bot's thread, or replying to the bot's answer. */
final class FollowedConversation {

    private FollowedConversation() {}

    /**
     * The conversation {@code message} follows up: the bot's thread it was written in, or the bot's answer it
     * replies to. An answer the bot no longer remembers (it restarted, or the conversation aged out) still gives
     * its question and answer, read from the answer's embed.
     */
    static Optional<Conversation> of(Message message, User self, Conversations conversations) {
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
}
