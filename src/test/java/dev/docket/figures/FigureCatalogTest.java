package dev.docket.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.knowledge.SourceDocument;
import dev.docket.store.Database;
import dev.docket.store.FigureStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real H2 and embedding model over small knowledge files of our own, one per language. */
final class FigureCatalogTest {

    @TempDir
    Path folder;

    @Test
    void should_store_figures_with_the_documents_and_group_them_across_languages_when_reloaded() throws Exception {
        Path knowledge = smallKnowledge();
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();

            List<FigureGroup> groups = application.figures().figures(null).groups();

            FigureGroup flights = groups.stream().filter(FigureGroup::disagreement).findFirst().orElseThrow();
            assertEquals(FigureKind.COUNT, flights.kind());
            assertEquals(List.of(5000.0, 5500.0, 6000.0),
                    flights.values().stream().map(FigureGroup.GroupValue::value).toList(), flights.toString());
            assertEquals(3, flights.documentCount());
        }
        try (Database database = Database.open(folder.resolve("data"))) {
            assertFalse(new FigureStore(database).loadAll().rows().isEmpty());
        }
    }

    @Test
    void should_give_the_same_figures_in_the_same_order_whether_just_extracted_or_read_from_the_store()
            throws Exception {
        Path knowledge = smallKnowledge();
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            List<SourceDocument> documents = new ArrayList<>(application.knowledgeBase().current().documents());
            Collections.reverse(documents);
            try (Database database = Database.open(folder.resolve("data"))) {
                new FigureStore(database).replaceAll(List.of(), "rules of an older version");
            }

            List<FigureGroup> extracted = application.figures().groups(documents);
            List<FigureGroup> stored = application.figures().groups(documents);

            assertEquals(extracted.toString(), stored.toString());
        }
    }

    @Test
    void should_drop_a_removed_documents_figures_when_reloaded() throws Exception {
        Path knowledge = smallKnowledge();
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            Files.delete(knowledge.resolve("fr.md"));

            application.reloader().reload();

            assertTrue(application.figures().all().stream().noneMatch(figure -> figure.source().endsWith("fr.md")));
        }
    }

    @Test
    void should_recompute_figures_when_stored_ones_come_from_other_rules() throws Exception {
        Path knowledge = smallKnowledge();
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            int expected = application.figures().all().size();
            try (Database database = Database.open(folder.resolve("data"))) {
                new FigureStore(database).replaceAll(List.of(), "rules of an older version");

                assertEquals(expected, application.figures().all().size());
                assertEquals(expected, new FigureStore(database).loadAll().rows().size());
            }
        }
    }

    @Test
    void should_name_the_other_values_when_asked_for_alternatives_of_a_quoted_sentence() throws Exception {
        Path knowledge = smallKnowledge();
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            Figure english = application.figures().all().stream()
                    .filter(figure -> figure.source().endsWith("en.md") && figure.kind() == FigureKind.COUNT)
                    .findFirst().orElseThrow();

            List<FigureGroup> alternatives = application.figures().alternativesFor(english.source(),
                    english.sentenceStart(), english.sentenceEnd());

            assertEquals(1, alternatives.size());
            assertTrue(FigureText.figures(new FiguresReport(null, alternatives), 500).contains("6,000"));
        }
    }

    @Test
    void should_merge_one_day_across_languages_and_keep_unresolvable_relative_dates_last() throws Exception {
        Path knowledge = smallKnowledge();
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();

            List<TimelineEvent> events = application.figures().timeline().events();

            assertEquals("2024-07-19", events.get(0).date());
            assertEquals(3, events.get(0).mentions().size());
            TimelineEvent last = events.get(events.size() - 1);
            assertEquals("letzte Woche", last.relative());
            assertEquals(null, last.date());
        }
    }

    private Path smallKnowledge() throws Exception {
        Path knowledge = Files.createDirectories(folder.resolve("knowledge"));
        write(knowledge.resolve("en.md"), "---\nlanguage: en\ndate: 2024-08-06\n---\n"
                + "On July 19th the airline's systems failed across the whole network.\n\n"
                + "The airline cancelled more than 5,000 flights, according to its chief executive.\n");
        write(knowledge.resolve("de.md"), "---\nlanguage: de\n---\n"
                + "Am 19. Juli fielen die Systeme der Fluggesellschaft im ganzen Netz aus.\n\n"
                + "Laut Delta wurden mehr als 5.000 Flüge gestrichen. Reuters meldet mehr als 6.000 Flüge in sechs"
                + " Tagen.\n\n"
                + "Der Chef sagte letzte Woche, die Lage sei wieder ruhig.\n");
        write(knowledge.resolve("fr.md"), "---\nlanguage: fr\n---\n"
                + "Le 19 juillet, les systèmes de la compagnie sont tombés en panne partout.\n\n"
                + "La compagnie a annulé plus de 6 000 vols en six jours.\n\n"
                + "Selon Bloomberg, la compagnie a annulé plus de 5 500 vols au total.\n");
        return knowledge;
    }

    private static void write(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
