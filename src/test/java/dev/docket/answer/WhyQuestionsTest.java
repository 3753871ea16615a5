package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A why-question is answered with the reason, which often follows the short sentence that restates what it asks. */
final class WhyQuestionsTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "de-test-blatt-quillix-bestreitet-rechnung.md", """
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

            Auch die Gemeinde Brunnsee hält die letzten 1,4 Millionen Franken für die neue Sporthalle zurück, die \
            Quillix im Herbst an die Gemeinde übergeben hat. Der Gemeinderat tagt am Montag.

            Die Gemeinde begründet den Zahlungsstopp mit Rissen im Hallenboden.
            """);

    private static Answer ask(String question) {
        return ARTICLE.application().questionHandler().handle(Question.fromCli(question));
    }

    @Test
    void should_quote_the_reason_after_the_short_sentence_that_restates_a_why_question() {
        Answer answer = ask("Warum hält Quillix die Rechnung für falsch?");

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("doppelt"), answer.text());
    }

    @Test
    void should_lead_with_the_sentence_that_gives_the_reason_over_one_that_restates_the_question() {
        Answer answer = ask("Warum hält die Gemeinde das Geld für die Sporthalle zurück?");

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("Rissen"), answer.text());
    }
}
