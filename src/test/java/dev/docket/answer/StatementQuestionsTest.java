package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Was sagt X dazu" is answered with what X said, not with a sentence that only mentions X. */
final class StatementQuestionsTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "de-test-blatt-velora-klagt.md", """
            ---
            title: "Velora verklagt Quillix"
            outlet: Test-Blatt
            language: de
            date: 2026-01-20
            ---
            Die Genossenschaft Velora verklagt den Verpackungshersteller Quillix auf 3,2 Millionen Franken.

            Quillix hat seinen Sitz in Talheim und beschäftigt 240 Menschen.

            Die Kisten seien einwandfrei gewesen, erklärte Quillix-Sprecherin Anna Berg am Montag.
            """);

    @Test
    void should_lead_with_what_the_party_said_when_asked_what_it_says() {
        Answer answer = ARTICLE.application().questionHandler().handle(Question.fromCli("was sagt quillix dazu"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.citations().get(0).snippet().contains("erklärte"), answer.text());
    }
}
