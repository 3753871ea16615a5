package dev.docket.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.store.Database;
import dev.docket.store.LoggedQuestion;
import dev.docket.store.QuestionLog;
import dev.docket.store.QuestionVotes;
import dev.docket.testing.TestClock;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class QuestionStatsTest {

    @TempDir
    Path data;

    private final TestClock clock = new TestClock();

    @Test
    void should_count_days_share_median_and_down_votes_when_summing_up_the_log() {
        try (Database database = Database.open(data)) {
            QuestionLog log = new QuestionLog(database, clock);
            QuestionVotes votes = new QuestionVotes(database, log, clock);
            log.record(question("q1", "How many widgets were sold?", true, 10));
            log.record(question("q2", "Who painted the fence?", false, 30));
            clock.advance(Duration.ofDays(1));
            log.record(question("q3", "How many widgets were sold?", true, 20));
            votes.vote("q3", "user-1", false);
            votes.vote("q3", "user-2", true);

            StatsReport report = new QuestionStats(log, new AllMiniLmL6V2QuantizedEmbeddingModel())
                    .since(clock.instant().minus(Duration.ofDays(7)));

            assertEquals(3, report.questions());
            assertEquals(2, report.answered());
            assertEquals(20, report.medianMillis());
            assertEquals(2, report.days().size());
            assertEquals(LocalDate.of(2024, 8, 6), report.days().get(0).date());
            assertEquals(1, report.days().get(0).answered());
            assertEquals("Who painted the fence?", report.unanswered().get(0).question());
            assertEquals(1, report.votedDown().size());
            assertEquals("The articles say 12 widgets. [1]", report.votedDown().get(0).answer());
            assertEquals(1, report.votedDown().get(0).upVotes());
        }
    }

    private static LoggedQuestion question(String ref, String text, boolean answered, long millis) {
        return new LoggedQuestion("discord", text, "en", answered, "extractive", millis, ref, "slash", false,
                answered, answered ? "The articles say 12 widgets. [1]" : "The articles don't answer this.");
    }
}
