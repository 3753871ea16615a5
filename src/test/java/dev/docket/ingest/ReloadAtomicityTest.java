package dev.docket.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Answer;
import dev.docket.answer.Question;
import dev.docket.app.Application;
import dev.docket.app.GatedEmbeddingModel;
import dev.docket.app.TestApplications;
import dev.docket.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReloadAtomicityTest {

    private static final String NEW_FACT = "Quokkaville hosted a parade of 7,000 quokkas on Tuesday.";
    private static final String NEW_QUESTION = "How many quokkas paraded in Quokkaville?";
    private static final String OLD_QUESTION = "How much did the outage cost Delta?";

    @TempDir
    Path folder;

    @Test
    void should_answer_from_the_old_knowledge_while_a_reload_runs_and_coalesce_a_second_reload() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        GatedEmbeddingModel model = new GatedEmbeddingModel("Quokkaville hosted");
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"), model)) {
            application.reloader().reload();
            Files.writeString(knowledge.resolve("quokkas.md"), NEW_FACT + "\n");

            CompletableFuture<ReloadReport> first = CompletableFuture.supplyAsync(application.reloader()::reload);
            model.awaitHeld();
            Thread waiting = new Thread(() -> second.complete(application.reloader().reload()));
            waiting.start();
            awaitParked(waiting);
            Answer during = ask(application, NEW_QUESTION);
            Answer oldDuring = ask(application, OLD_QUESTION);
            model.open();
            ReloadReport report = first.join();

            assertFalse(during.answered(), during.text());
            assertTrue(oldDuring.answered(), oldDuring.text());
            assertSame(report, second.join());
            assertEquals(1, report.added().size());
            Answer after = ask(application, NEW_QUESTION);
            assertTrue(after.answered(), after.text());
            assertTrue(after.citations().get(0).source().endsWith("quokkas.md"), after.citations().toString());
        }
    }

    private final CompletableFuture<ReloadReport> second = new CompletableFuture<>();

    @Test
    void should_keep_serving_the_old_knowledge_and_say_why_when_the_embedding_model_fails() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        GatedEmbeddingModel model = new GatedEmbeddingModel("Quokkaville hosted");
        model.failFromNowOn();
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"), model)) {
            application.reloader().reload();
            Files.writeString(knowledge.resolve("quokkas.md"), NEW_FACT + "\n");

            ReloadFailedException error = assertThrows(ReloadFailedException.class, application.reloader()::reload);

            assertTrue(error.getMessage().contains("embedding")
                    && error.getMessage().contains("ran out of memory")
                    && error.getMessage().contains("the 5 documents loaded before are still served"),
                    error.getMessage());
            assertEquals(5, application.knowledgeBase().current().documents().size());
            assertTrue(ask(application, OLD_QUESTION).answered());
        }
    }

    @Test
    void should_roll_back_and_keep_the_old_knowledge_when_the_database_write_fails() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        Path data = folder.resolve("data");
        try (Application application = TestApplications.open(knowledge, data);
                Database sameDatabase = Database.open(data)) {
            application.reloader().reload();
            Files.writeString(knowledge.resolve("quokkas.md"), NEW_FACT + "\n");
            sameDatabase.transaction(connection -> connection.createStatement().execute("CREATE TRIGGER refuse"
                    + " BEFORE INSERT ON documents FOR EACH ROW CALL '" + RefusingTrigger.class.getName() + "'"));

            ReloadFailedException error = assertThrows(ReloadFailedException.class, application.reloader()::reload);

            assertTrue(error.getMessage().contains("writing the database")
                    && error.getMessage().contains("disk full"), error.getMessage());
            assertEquals(5, application.knowledgeBase().current().documents().size());
            assertFalse(ask(application, NEW_QUESTION).answered());
            sameDatabase.transaction(connection -> connection.createStatement().execute("DROP TRIGGER refuse"));
        }
        try (Application restarted = TestApplications.open(folder.resolve("gone"), data)) {
            assertEquals(5, restarted.reloader().loadStored());
        }
    }

    @Test
    void should_refuse_to_replace_the_knowledge_with_nothing_when_the_folder_is_missing() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            try (var files = Files.list(knowledge)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            ReloadFailedException emptied = assertThrows(ReloadFailedException.class, application.reloader()::reload);
            Files.delete(knowledge);
            ReloadFailedException missing = assertThrows(ReloadFailedException.class, application.reloader()::reload);

            assertTrue(emptied.getMessage().contains("never replaces knowledge with nothing"), emptied.getMessage());
            assertTrue(missing.getMessage().contains("does not exist")
                    && missing.getMessage().contains("DOCKET_KNOWLEDGE"), missing.getMessage());
            assertEquals(5, application.knowledgeBase().current().documents().size());
            assertTrue(ask(application, OLD_QUESTION).answered());
        }
    }

    @Test
    void should_report_no_knowledge_when_the_first_folder_is_empty() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        try (Application application = TestApplications.open(empty, folder.resolve("data"))) {
            ReloadReport report = application.reloader().reload();

            assertEquals(0, report.documents());
            assertTrue(report.describe().contains("No knowledge"), report.describe());
            Answer answer = ask(application, OLD_QUESTION);
            assertFalse(answer.answered());
            assertTrue(answer.text().contains("no knowledge"), answer.text());
        }
    }

    private static Answer ask(Application application, String question) {
        return application.questionHandler().handle(new Question(question, null, "test"));
    }

    /** Waits until {@code thread} is parked, i.e. waiting for the running reload; no sleeping. */
    private static void awaitParked(Thread thread) {
        while (thread.getState() != Thread.State.WAITING) {
            assertTrue(thread.isAlive(), "the second reload ended before the first was released");
            Thread.onSpinWait();
        }
    }
}
