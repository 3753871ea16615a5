package dev.docket.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.testing.PostgresServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The question log while PostgreSQL is away: bounded in memory, counted when full, caught up when it is back. */
final class QuestionLogOutageTest {

    private final List<Runnable> scheduled = new ArrayList<>();

    private static LoggedQuestion question(String text) {
        return new LoggedQuestion("discord", text, "en", true, "extractive", 3);
    }

    /** The pool may still be waiting out a connection attempt made while the server was down: flush again. */
    private static void flushOnceReachable(QuestionLog log) {
        for (int attempt = 1; ; attempt++) {
            try {
                log.flush();
                return;
            } catch (DatabaseException e) {
                if (!e.unreachable() || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    @Test
    void should_keep_questions_up_to_the_bound_count_the_rest_and_write_them_when_the_store_is_back() {
        try (PostgresServer server = PostgresServer.startNew();
                Database database = Database.open(new StoreLocation(server.newDatabase(), "docket", ""))) {
            QuestionLog log = new QuestionLog(database, Clock.systemUTC(), scheduled::add, 2);
            server.stop();

            log.record(question("first?"));
            log.record(question("second?"));
            log.record(question("third?"));
            scheduled.forEach(Runnable::run);
            DatabaseException lost = assertThrows(DatabaseException.class, log::flush);

            assertTrue(lost.unreachable());
            assertEquals(2, log.pending());
            assertEquals(1, log.dropped());
            server.start();
            flushOnceReachable(log);
            assertEquals(List.of("first?", "second?"), log.all().stream().map(LoggedQuestion::question).toList());
            assertEquals(0, log.pending());
        }
    }
}
