package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A "how long" question that names nothing but the time ("wie lange hat das gedauert") asks how long the event the
 * articles are about lasted: the span of time they measure most, not the first duration that shares its verb.
 */
final class CaseSpanTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "de-test-blatt-velora-stillstand.md", """
            ---
            title: "Velora: sechs Stunden Stillstand"
            outlet: Test-Blatt
            language: de
            date: 2026-03-10
            ---
            Am Dienstagmorgen standen alle Züge von Velora still, nachdem ein Update das Stellwerk lahmgelegt hatte.

            Erst um 12.30 Uhr fuhr der letzte Zug wieder, nach fast sechs Stunden. Pendler warteten bis zu sechs \
            Stunden auf den Bahnsteigen.

            Die Sitzung des Stadtrats dauerte am Abend über drei Stunden.
            """);

    @Test
    void should_answer_how_long_it_lasted_with_the_span_the_articles_measure_most() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("wie lange hat das gedauert"));

        String text = answer.text();
        assertTrue(answer.answered(), text);
        assertTrue(text.contains("sechs Stunden"), text);
        assertTrue(!text.contains("drei Stunden") || text.indexOf("sechs") < text.indexOf("drei Stunden"), text);
    }
}
