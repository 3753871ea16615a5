package dev.docket.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class QuestionLogTest {

    @TempDir
    Path data;

    private final List<Runnable> scheduled = new ArrayList<>();

    private static LoggedQuestion question(String text) {
        return new LoggedQuestion("test", text, "en", true, "extractive", 3);
    }

    @Test
    void should_write_queued_questions_in_one_batch_when_the_writer_runs() {
        try (Database database = Database.open(data)) {
            QuestionLog log = new QuestionLog(database, Clock.systemUTC(), scheduled::add);

            log.record(question("first?"));
            log.record(question("second?"));
            long beforeWriter = database.read(c -> {
                try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM questions")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            scheduled.forEach(Runnable::run);

            assertEquals(0, beforeWriter);
            assertEquals(1, scheduled.size());
            assertEquals(2, log.count());
        }
    }

    @Test
    void should_count_queued_questions_when_the_writer_has_not_run_yet() {
        try (Database database = Database.open(data)) {
            QuestionLog log = new QuestionLog(database, Clock.systemUTC(), scheduled::add);

            log.record(question("first?"));

            assertEquals(1, log.count());
        }
    }
}
