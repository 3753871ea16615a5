package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A German sentence whose pronoun follows its verb ("Geleitet wird sie von ...") leans on the sentence before as
 * one that opens with it does: an answer quoting it quotes the one before, where the party stands.
 */
final class PronounAfterOpeningTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "de-test-blatt-velora-untersuchung.md", """
            ---
            title: "Stillstand bei Velora: das Amt ermittelt"
            outlet: Test-Blatt
            language: de
            date: 2026-03-10
            ---
            Die Züge von Velora standen im Februar drei Tage lang still.

            Das Bundesamt für Verkehr hat am 3. März eine Untersuchung eröffnet. Geleitet wird sie von Anne Quillet, \
            der Chefin der technischen Abteilung.

            Marc Brunner, Direktor von Velora, sagte, er sehe den Ergebnissen gelassen entgegen.
            """);

    @Test
    void should_quote_the_sentence_before_when_the_pronoun_follows_the_verb() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("wer leitet die untersuchung"));

        String text = answer.text();
        assertTrue(answer.answered(), text);
        assertTrue(text.contains("Quillet"), text);
        assertTrue(text.contains("Bundesamt für Verkehr"), text);
    }
}
