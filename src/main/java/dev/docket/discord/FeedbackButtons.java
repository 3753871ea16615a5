package dev.docket.discord;

import java.util.Optional;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.emoji.Emoji;

/**
 * The 👍 and 👎 buttons under an answer. Their custom ids carry all a vote needs, the question's ref in the
 * question log, and the answer's language ({@code docket-vote:up:<language>:<ref>}), so a button still works after
 * the bot restarted, and a reply to the answer still knows the conversation's language.
 */
final class FeedbackButtons {

    private static final String PREFIX = "docket-vote:";

    private FeedbackButtons() {}

    /** The row of both buttons for the answer to question {@code ref}, labelled in {@code language}. */
    static ActionRow row(String ref, String language) {
        return ActionRow.of(
                Button.secondary(PREFIX + "up:" + language + ":" + ref, DiscordPhrases.say(language, "vote.helpful"))
                        .withEmoji(Emoji.fromUnicode("\uD83D\uDC4D")),
                Button.secondary(PREFIX + "down:" + language + ":" + ref,
                                DiscordPhrases.say(language, "vote.unhelpful"))
                        .withEmoji(Emoji.fromUnicode("\uD83D\uDC4E")));
    }

    /** The vote a button's custom id stands for; empty for any other component. */
    static Optional<Vote> parse(String customId) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = customId.substring(PREFIX.length()).split(":", 3);
        if (parts.length != 3 || parts[2].isBlank() || !(parts[0].equals("up") || parts[0].equals("down"))) {
            return Optional.empty();
        }
        return Optional.of(new Vote(parts[2], parts[0].equals("up"), parts[1]));
    }

    /** The language of the answer {@code message} when it carries the vote buttons; empty otherwise. */
    static Optional<String> languageOf(Message message) {
        return message.getComponentTree().findAll(Button.class).stream().map(button -> parse(button.getCustomId()))
                .flatMap(Optional::stream)
                .map(Vote::language).findFirst();
    }

    /** A vote read from a button: on the answer (in {@code language}) to question {@code ref}, helpful or not. */
    record Vote(String ref, boolean helpful, String language) {}
}
