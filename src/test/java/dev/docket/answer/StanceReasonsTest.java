package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A why-question about the side a party takes ({@code language/stance-concepts.tsv}: it denies, rejects, blames) asks
 * for its reasons, which the articles give in their own words: it is answered though no article writes "bestreiten"
 * or "rejeter". A question whether the party took that side is still refused when no article says so.
 */
final class StanceReasonsTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "de-test-anzeiger-quillix-gutachten.md", """
            ---
            title: "Gondelstreit: Quillix legt Gegengutachten vor"
            outlet: Test Anzeiger
            language: de
            date: 2026-11-20
            ---
            Die Gondelbahn der Velora AG stand im Januar nach einem Klemmenbruch drei Monate still.

            Das Gutachten der kantonalen Prüfstelle sieht die Ursache in einem Materialfehler der Klemmen von Quillix.

            Quillix hält den Bericht für unvollständig, weil die Behörde nur eine einzige Klemme im Labor untersucht habe.
            """);

    @ParameterizedTest
    @ValueSource(strings = {
            "Warum bestreitet Quillix das Gutachten der Prüfstelle?",
            "Pourquoi Quillix rejette-t-il le rapport ?"})
    void should_answer_why_a_party_takes_a_side_with_its_reasons(String question) {
        Answer answer = ARTICLE.application().questionHandler().handle(Question.fromCli(question));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("unvollständig"), answer.text());
    }

    @Test
    void should_still_refuse_whether_a_party_took_a_side_no_article_reports() {
        Answer answer = ARTICLE.application().questionHandler().handle(Question.fromCli("Hat Quillix den Fehler zugegeben?"));

        assertFalse(answer.answered(), answer.text());
    }
}
