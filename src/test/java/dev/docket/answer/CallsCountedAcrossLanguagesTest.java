package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counted calls are telephone calls in every language: "how many calls" and "combien d'appels" are answered by a
 * count of "Anrufe", and French "appels" is no appeal to a court here, while an appeal still is one ("Einspruch").
 */
final class CallsCountedAcrossLanguagesTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "de-test-anzeiger-velora-hotline.md", """
            ---
            title: "Fehlrechnungen: Velora unter Druck"
            outlet: Test Anzeiger
            language: de
            date: 2026-11-20
            ---
            Velora verschickte in zehn Tagen 468 000 fehlerhafte Rechnungen an ihre Kundschaft.

            Die Hotline des Betreibers wurde mit 41 000 Anrufen in den ersten 48 Stunden regelrecht überrannt.

            Gegen die Busse von 4,2 Millionen Euro legte Velora beim Verwaltungsgericht Einspruch ein.
            """);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Combien d'appels la hotline a-t-elle reçus ?     | 41 000 Anrufen
            how many calls did the hotline get               | 41 000 Anrufen
            Devant quel tribunal Velora a-t-elle fait appel ? | Verwaltungsgericht
            """)
    void should_count_calls_as_telephone_calls_in_every_language(String question, String expected) {
        Answer answer = ARTICLE.application().questionHandler().handle(Question.fromCli(question));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().split("\\[1\\]")[0].contains(expected), answer.text());
    }
}
