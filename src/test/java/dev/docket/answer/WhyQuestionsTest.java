package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A why-question is answered with the reason, which often follows the short sentence that restates what it asks. */
final class WhyQuestionsTest {

    @TempDir
    static Path folder;

    private static Application application;

    @BeforeAll
    static void start() throws IOException {
        application = TestApplications.loadedWithArticle(folder, "de-test-blatt-quillix-bestreitet-rechnung.md", """
                ---
                title: "Quillix bestreitet die Rechnung von Velora"
                outlet: Test-Blatt
                language: de
                date: 2026-01-20
                ---
                Die Genossenschaft Velora verlangt vom Verpackungshersteller Quillix 3,2 Millionen Franken.

                Quillix hält die Rechnung für falsch. Velora habe leere Paletten mitgezählt und manche Kisten doppelt \
                erfasst. Nach eigener Rechnung schulde Quillix höchstens 0,9 Millionen Franken.

                Das Handelsgericht Brunnsee verhandelt den Fall im Juni.
                """);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private static Answer ask(String question) {
        return application.questionHandler().handle(Question.fromCli(question));
    }

    @Test
    void should_quote_the_reason_after_the_short_sentence_that_restates_a_why_question() {
        Answer answer = ask("Warum hält Quillix die Rechnung für falsch?");

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("doppelt"), answer.text());
    }
}
