package dev.docket.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.knowledge.Passage;
import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import dev.docket.testing.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the store keeps, the same on H2 and PostgreSQL. */
final class StoreSuiteTest {

    private static final String HASH = "a".repeat(64);

    @TempDir
    Path folder;

    private static SourceDocument document(String source, String text, String hash) {
        Sentence first = new Sentence(0, text.indexOf('.') + 1, text.substring(0, text.indexOf('.') + 1));
        Passage passage = new Passage(0, 0, text.length(), text, List.of(first));
        return new SourceDocument(source, "Title of " + source, null, "en", "2024-03-03", null, text, hash,
                List.of(passage));
    }

    @ParameterizedTest
    @MethodSource("dev.docket.testing.Stores#both")
    void should_give_back_documents_passages_and_sentences_when_knowledge_was_stored(Stores.Opener store) {
        try (Database database = store.apply(folder)) {
            KnowledgeStore knowledge = new KnowledgeStore(database, Clock.systemUTC());
            SourceDocument widgets = document("knowledge/widgets.md", "Over 2,000 widgets shipped. More came.", HASH);

            knowledge.replaceAll(List.of(widgets));

            assertEquals(List.of(widgets), knowledge.loadAll());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.docket.testing.Stores#both")
    void should_raise_the_version_by_one_when_a_reload_writes_new_knowledge(Stores.Opener store) {
        try (Database database = store.apply(folder)) {
            KnowledgeStore knowledge = new KnowledgeStore(database, Clock.systemUTC());
            long before = knowledge.version();

            long first = knowledge.replaceAll(List.of(document("knowledge/a.md", "One. Two.", HASH)));
            long second = knowledge.replaceAll(List.of(document("knowledge/b.md", "Three. Four.", "b".repeat(64))));

            assertEquals(0, before);
            assertEquals(List.of(1L, 2L), List.of(first, second));
            StoredKnowledge stored = knowledge.loadVersion();
            assertEquals(2, stored.version());
            assertEquals("knowledge/b.md", stored.documents().get(0).source());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.docket.testing.Stores#both")
    void should_find_cached_vectors_and_keep_the_first_when_a_vector_is_cached_twice(Stores.Opener store) {
        try (Database database = store.apply(folder)) {
            EmbeddingCache cache = new EmbeddingCache(database, Clock.systemUTC());
            float[] vector = {0.25f, -1.5f, 3f};

            cache.putAll(Map.of(HASH, vector), "model");
            cache.putAll(Map.of(HASH, new float[] {9f, 9f, 9f}), "model");

            Map<String, float[]> found = cache.find(Set.of(HASH, "b".repeat(64)));
            assertEquals(Set.of(HASH), found.keySet());
            assertArrayEquals(vector, found.get(HASH));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.docket.testing.Stores#both")
    void should_store_figures_with_their_fingerprint_when_knowledge_and_figures_are_written(Stores.Opener store) {
        try (Database database = store.apply(folder)) {
            FigureRow row = new FigureRow("knowledge/widgets.md", 0, 0, 27, 5, 10, "count", 2000.0, 2000.0, null,
                    null, "more-than", "widgets", null, null);
            DerivedFigures figures = new DerivedFigures() {
                @Override
                public List<FigureRow> rowsFor(List<SourceDocument> documents) {
                    return List.of(row);
                }

                @Override
                public String fingerprint() {
                    return "f".repeat(64);
                }
            };
            new KnowledgeStore(database, Clock.systemUTC(), figures)
                    .replaceAll(List.of(document("knowledge/widgets.md", "Over 2,000 widgets shipped. More.", HASH)));
            FigureStore figureStore = new FigureStore(database);
            figureStore.replaceAll(List.of(row), "e".repeat(64));

            FigureStore.Stored stored = figureStore.loadAll();

            assertEquals(List.of(row), stored.rows());
            assertEquals(Map.of("knowledge/widgets.md", "e".repeat(64)), stored.sourceToFingerprint());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.docket.testing.Stores#both")
    void should_keep_every_question_in_order_when_questions_are_logged(Stores.Opener store) {
        try (Database database = store.apply(folder)) {
            QuestionLog log = new QuestionLog(database, Clock.systemUTC());

            log.record(new LoggedQuestion("cli", "How many widgets?", "en", true, "extractive", 4));
            log.record(new LoggedQuestion("discord", "Wie viele?", "de", false, "extractive", 2));

            List<LoggedQuestion> all = log.all();
            assertEquals(List.of("How many widgets?", "Wie viele?"), all.stream().map(LoggedQuestion::question).toList());
            assertTrue(all.get(0).answered());
        }
    }
}
