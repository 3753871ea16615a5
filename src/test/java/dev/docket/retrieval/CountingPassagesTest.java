package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A passage is indexed by what its sentences count, so that a "how many" question reads the passage counting what
 * it asks even when the count is stated in other words ("combien d'infirmières ont démissionné": "47 nurses have
 * handed in their notice").
 */
final class CountingPassagesTest {

    @TempDir
    Path knowledge;

    @TempDir
    Path data;

    @Test
    void should_find_the_passages_that_count_a_concept_in_any_language() throws IOException {
        Files.writeString(knowledge.resolve("en-velora.md"), """
                ---
                title: "Velora hospitals short of staff"
                language: en
                ---
                Nurses at the Velora hospitals protested on Monday.

                Since January, 47 nurses have handed in their notice.
                """);
        Files.writeString(knowledge.resolve("de-velora.md"), """
                ---
                title: "Velora-Spitäler"
                language: de
                ---
                Die Velora-Spitäler haben 12 Pflegeexpertinnen eingestellt.

                Am Montag protestierten 300 Ärzte vor dem Spital.
                """);
        try (Application application = TestApplications.open(knowledge, data)) {
            application.reloader().reload();
            KnowledgeIndex index = application.knowledgeBase().current();

            assertEquals(List.of("en-velora.md#1"), counting(index, "~nurse"));
            assertEquals(List.of("de-velora.md#1"), counting(index, "~doctor"));
        }
    }

    private static List<String> counting(KnowledgeIndex index, String counted) throws IOException {
        IndexSearcher searcher = index.searcher();
        StoredFields fields = searcher.storedFields();
        List<String> passages = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(KnowledgeIndex.COUNTS, counted)), 10).scoreDocs) {
            IndexedPassage passage = index.passages().get(index.passageIdOf(fields, hit.doc));
            passages.add(Path.of(passage.document().source()).getFileName() + "#" + passage.passage().ordinal());
        }
        return passages;
    }
}
