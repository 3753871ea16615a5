package dev.docket.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.testing.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class QuestionVotesTest {

    @TempDir
    Path data;

    private final TestClock clock = new TestClock();

    @Test
    void should_keep_one_vote_per_user_and_replace_it_when_the_user_votes_again() {
        try (Database database = Database.open(data)) {
            QuestionLog log = new QuestionLog(database, clock, Runnable::run);
            QuestionVotes votes = new QuestionVotes(database, log, clock);
            log.record(new LoggedQuestion("discord", "How many widgets?", "en", true, "extractive", 5, "ref-1",
                    "slash", false, true, "12 widgets. [1]"));

            assertEquals(QuestionVotes.Outcome.RECORDED, votes.vote("ref-1", "alice", true));
            assertEquals(QuestionVotes.Outcome.UNCHANGED, votes.vote("ref-1", "alice", true));
            assertEquals(QuestionVotes.Outcome.CHANGED, votes.vote("ref-1", "alice", false));
            assertEquals(QuestionVotes.Outcome.RECORDED, votes.vote("ref-1", "bob", false));

            LogEntry entry = log.since(Instant.EPOCH).get(0);
            assertEquals(0, entry.upVotes());
            assertEquals(2, entry.downVotes());
            assertEquals("slash", entry.question().channelKind());
            assertEquals("12 widgets. [1]", entry.question().answerText());
        }
    }

    @Test
    void should_store_nothing_when_no_logged_question_has_the_ref() {
        try (Database database = Database.open(data)) {
            QuestionLog log = new QuestionLog(database, clock, Runnable::run);

            assertEquals(QuestionVotes.Outcome.UNKNOWN_QUESTION,
                    new QuestionVotes(database, log, clock).vote("no-such-ref", "alice", true));
        }
    }
}
