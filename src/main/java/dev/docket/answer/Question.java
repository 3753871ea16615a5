package dev.docket.answer;

import java.util.List;

/**
 * A question from any front end.
 *
 * @param languageHint a language the asker probably uses (a Discord locale), or null; the text decides first
 * @param channel where it came from ("cli", "discord", ...), for the question log
 * @param history the earlier turns of the conversation this question follows up, oldest first; empty for a
 *     question on its own
 * @param ref the question's name outside Docket (a Discord interaction or message id), so votes on its answer
 *     find its log row; null lets the question log leave it out
 * @param channelKind where in the channel it was asked ("slash", "mention", "reply", "thread", "dm", ...), for
 *     the question log; null when the channel has one kind only
 */
public record Question(
        String text, String languageHint, String channel, List<Turn> history, String ref, String channelKind) {

    public Question {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A question on its own. */
    public Question(String text, String languageHint, String channel) {
        this(text, languageHint, channel, List.of(), null, null);
    }

    /** A question following up {@code history}. */
    public Question(String text, String languageHint, String channel, List<Turn> history) {
        this(text, languageHint, channel, history, null, null);
    }

    public static Question fromCli(String text) {
        return new Question(text, null, "cli");
    }

    /** This question with {@code text} in place of its own, all else kept. */
    public Question withText(String replacement) {
        return new Question(replacement, languageHint, channel, history, ref, channelKind);
    }
}
