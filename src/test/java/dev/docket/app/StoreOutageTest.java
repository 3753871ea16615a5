package dev.docket.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Answer;
import dev.docket.answer.Question;
import dev.docket.config.DocketConfig;
import dev.docket.config.StoreConfig;
import dev.docket.ingest.ReloadFailedException;
import dev.docket.testing.PostgresServer;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PostgreSQL lost while Docket runs: answers go on, reloads are refused clearly, all resumes when it is back. */
final class StoreOutageTest {

    private static final String QUESTION = "Who is Delta's lawyer?";

    @TempDir
    Path folder;

    @Test
    void should_answer_from_memory_and_refuse_reloads_clearly_while_postgresql_is_down_and_resume_after()
            throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (PostgresServer server = PostgresServer.startNew()) {
            String url = server.newDatabase();
            DocketConfig config = DocketConfig.defaults().withKnowledge(knowledge).withData(folder.resolve("data"))
                    .withStore(new StoreConfig(url, "docket", ""));
            try (Application application = Application.build(config, Map.of(),
                    new AllMiniLmL6V2QuantizedEmbeddingModel(), Clock.systemUTC())) {
                application.reloader().reload();
                Answer before = ask(application);
                server.stop();

                Answer during = ask(application);
                Files.writeString(knowledge.resolve("widgets.md"), "Over 2,000 widgets shipped.\n");
                ReloadFailedException refused = assertThrows(ReloadFailedException.class,
                        application.reloader()::reload);

                assertEquals(before.text(), during.text());
                assertTrue(refused.getMessage().startsWith("reload refused: the database at " + url
                        + " cannot be reached"), refused.getMessage());
                assertTrue(refused.getMessage().contains("the 5 documents loaded before are still served"),
                        refused.getMessage());
                server.start();
                assertEquals(6, application.reloader().reload().documents());
                application.questionLog().flush();
                assertEquals(2, application.questionLog().count());
            }
        }
    }

    private static Answer ask(Application application) {
        return application.questionHandler().handle(new Question(QUESTION, null, "test"));
    }
}
