package dev.docket.store;

/**
 * One answered (or refused) question, as kept in the question log.
 *
 * @param ref the question's name outside Docket (a Discord button carries it to vote on the answer), or null
 * @param channelKind where in its channel it was asked: "slash", "mention", "reply", "thread", "dm", "qa-channel",
 *     "console", "ask", ...; null when not known
 * @param modelAnswered whether a language model wrote the answer shown
 * @param grounded whether every statement of the answer shown is backed by its citations (verbatim quotes, or a
 *     model answer that passed the grounding check)
 * @param answerText the answer shown, as text with its {@code [n]} markers, or null
 */
public record LoggedQuestion(
        String channel,
        String question,
        String language,
        boolean answered,
        String adapter,
        long millis,
        String ref,
        String channelKind,
        boolean modelAnswered,
        boolean grounded,
        String answerText) {

    /** A question logged without a ref, channel kind or answer text. */
    public LoggedQuestion(
            String channel, String question, String language, boolean answered, String adapter, long millis) {
        this(channel, question, language, answered, adapter, millis, null, null, false, answered, null);
    }
}
