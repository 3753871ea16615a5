package dev.docket.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.docket.answer.Turn;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conversations the bot is in, bounded in turns (the oldest drop out) and in age (a conversation nobody
 * continued for {@code maxAge} is forgotten), and in number. Found by the id of an answer message (a reply to it
 * follows up) or of a thread the bot opened (every message in it follows up). Kept in memory: a restart forgets
 * them without harm, since a reply to an answer still finds the question in the answer it replies to.
 */
final class Conversations {

    private static final int MAX_CONVERSATIONS = 10_000;

    private final Cache<String, Conversation> idToConversation;
    private final int maxTurns;

    Conversations(int maxTurns, Duration maxAge, Clock clock) {
        this.maxTurns = maxTurns;
        this.idToConversation = Caffeine.newBuilder()
                .maximumSize(MAX_CONVERSATIONS)
                .expireAfterAccess(maxAge)
                .ticker(() -> clock.millis() * 1_000_000L)
                .executor(Runnable::run)
                .build();
    }

    /** The conversation an answer message or a bot-opened thread belongs to. */
    Optional<Conversation> find(String messageOrThreadId) {
        return Optional.ofNullable(idToConversation.getIfPresent(messageOrThreadId));
    }

    /** Whether {@code threadId} is a thread the bot opened for a conversation it still remembers. */
    boolean isConversationThread(String threadId) {
        Conversation conversation = idToConversation.getIfPresent(threadId);
        return conversation != null && threadId.equals(conversation.threadId());
    }

    /**
     * Adds a turn to {@code earlier} (or starts a conversation) and files it under {@code ids}: the answer
     * message, and the thread when there is one.
     */
    Conversation add(Conversation earlier, String language, Turn turn, List<String> ids) {
        List<Turn> turns = new ArrayList<>(earlier == null ? List.of() : earlier.turns());
        turns.add(turn);
        List<Turn> kept = turns.subList(Math.max(0, turns.size() - maxTurns), turns.size());
        Conversation conversation =
                new Conversation(language, List.copyOf(kept), earlier == null ? null : earlier.threadId());
        ids.forEach(id -> idToConversation.put(id, conversation));
        return conversation;
    }

    /** Files {@code conversation} also under {@code id} (an answer message sent in it). */
    void file(String id, Conversation conversation) {
        idToConversation.put(id, conversation);
    }

    /** Starts a conversation in a thread the bot opened, before its first answer is in. */
    void openThread(String threadId, String language) {
        idToConversation.put(threadId, new Conversation(language, List.of(), threadId));
    }

    /**
     * A conversation so far.
     *
     * @param language the language of its latest answer, for replies in it
     * @param turns its turns, oldest first, at most the bound
     * @param threadId the thread the bot opened for it, or null
     */
    record Conversation(String language, List<Turn> turns, String threadId) {}
}
