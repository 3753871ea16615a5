package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Turn;
import dev.docket.discord.Conversations.Conversation;
import dev.docket.testing.TestClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ConversationsTest {

    private final TestClock clock = new TestClock();
    private final Conversations conversations = new Conversations(2, Duration.ofMinutes(30), clock);

    @Test
    void should_keep_only_the_last_turns_when_a_conversation_grows_past_its_bound() {
        Conversation first = conversations.add(null, "en", new Turn("q1", "a1"), List.of("m1"));
        Conversation second = conversations.add(first, "en", new Turn("q2", "a2"), List.of("m2"));
        conversations.add(second, "de", new Turn("q3", "a3"), List.of("m3"));

        Conversation latest = conversations.find("m3").orElseThrow();

        assertEquals(List.of("q2", "q3"), latest.turns().stream().map(Turn::question).toList());
        assertEquals("de", latest.language());
    }

    @Test
    void should_forget_a_conversation_when_nobody_continued_it_for_its_age() {
        conversations.add(null, "en", new Turn("q1", "a1"), List.of("m1"));
        clock.advance(Duration.ofMinutes(29));
        assertTrue(conversations.find("m1").isPresent());

        clock.advance(Duration.ofMinutes(31));

        assertFalse(conversations.find("m1").isPresent());
    }

    @Test
    void should_know_the_bot_threads_when_it_opened_one() {
        conversations.openThread("t1", "fr");
        conversations.add(conversations.find("t1").orElseThrow(), "fr", new Turn("q", "a"), List.of("m1", "t1"));

        assertTrue(conversations.isConversationThread("t1"));
        assertFalse(conversations.isConversationThread("m1"));
        assertEquals(1, conversations.find("t1").orElseThrow().turns().size());
    }
}
