package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.retrieval.Retrieval;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reload between retrieval and composing the answer never mixes two knowledge versions in one answer. */
final class OneSnapshotPerAnswerTest {

    @TempDir
    Path folder;

    @Test
    void should_compose_from_the_snapshot_retrieval_read_when_a_reload_happens_in_between() throws IOException {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            Retrieval retrieval = application.extractiveAnswerer()
                    .retrieve(Question.fromCli("How many flights did Delta cancel?"));
            int documentsBefore = retrieval.index().documents().size();
            try (Stream<Path> files = Files.list(knowledge)) {
                for (Path file : files.skip(1).toList()) {
                    Files.delete(file);
                }
            }
            application.reloader().reload();

            Answer answer = application.extractiveAnswerer().compose(retrieval);

            assertEquals(1, application.knowledgeBase().current().documents().size());
            assertTrue(answer.answered());
            for (Citation citation : answer.citations()) {
                assertTrue(retrieval.index().document(citation.source()) != null, citation.source());
            }
            assertEquals(documentsBefore, retrieval.index().documents().size());
        }
    }
}
