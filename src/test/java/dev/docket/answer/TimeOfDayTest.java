package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A question for the time of day is answered by the sentence that states it, not by one that states a sum. */
final class TimeOfDayTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "de-test-blatt-terminals-von-velora.md", """
            ---
            title: "Stillstand bei Velora"
            outlet: Test-Blatt
            language: de
            date: 2026-05-20
            ---
            Jeder betroffene Fahrgast von Velora erhält 40 Franken zurück.

            Am 14. Mai froren um 5.42 Uhr sämtliche Terminals von Velora ein.

            Erst am 17. Mai lief der Betrieb wieder normal.
            """);

    @Test
    void should_answer_at_what_time_with_the_sentence_stating_the_time_of_day() {
        Answer answer = ARTICLE.application().questionHandler().handle(
                Question.fromCli("Um wie viel Uhr sind die Terminals von Velora ausgefallen?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.citations().get(0).snippet().contains("5.42 Uhr"), answer.text());
    }
}
