package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.retrieval.Retrieval;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A headline's words are words of the knowledge: a question using a word only the headline has is not refused for
 * asking about something the articles never mention.
 */
final class HeadlineWordsTest {

    @TempDir
    static Path folder;

    private static Application application;

    @BeforeAll
    static void start() throws IOException {
        application = TestApplications.loadedWithArticle(folder, "de-test-blatt-velora-verklagt-quillix.md", """
                ---
                title: "Velora verklagt Quillix wegen verdorbener Ware"
                outlet: Test-Blatt
                language: de
                date: 2026-01-20
                ---
                Die Genossenschaft Velora hat am 12. Januar 2026 beim Handelsgericht Brunnsee eine Forderung über \
                3,2 Millionen Franken gegen den Verpackungshersteller Quillix eingereicht.

                Im März hatte Velora 52.000 Kisten Saft zurückgerufen, nachdem ein Labor Schimmel gefunden hatte.

                Quillix weist jede Verantwortung zurück und verweist auf die Feuchtigkeit im Lager.
                """);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private static Retrieval retrieve(String question) {
        return application.extractiveAnswerer().retrieve(new Question(question, null, "test"));
    }

    @Test
    void should_answer_a_question_about_the_lawsuit_that_only_the_headline_calls_one() {
        Retrieval retrieval = retrieve("Wann hat Velora die Klage eingereicht?");

        assertTrue(retrieval.answerable(), retrieval.evidence().toString());
        assertTrue(retrieval.evidence().unknownConcepts().isEmpty(), retrieval.evidence().toString());
    }

    @Test
    void should_still_refuse_a_question_about_something_neither_headline_nor_text_mention() {
        Retrieval retrieval = retrieve("Wie hoch ist das Gehalt des Quillix-Chefs?");

        assertFalse(retrieval.answerable(), retrieval.evidence().toString());
    }
}
