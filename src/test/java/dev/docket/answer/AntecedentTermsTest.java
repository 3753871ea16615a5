package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sentence that opens with a pronoun standing for what the sentence before names ("Elle est conduite par ...")
 * speaks of that too: it answers a question about it, and is quoted with the sentence before.
 */
final class AntecedentTermsTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "fr-test-journal-velora-enquete.md", """
            ---
            title: "Trains en panne : une enquête vise Velora"
            outlet: Test-Journal
            language: fr
            date: 2026-03-10
            ---
            Les trains de Velora sont restés à l'arrêt pendant trois jours en février.

            L'Office fédéral des transports a ouvert une enquête le 3 mars. Elle est conduite par Anne Quillet, \
            cheffe de la division technique.

            Marc Brunner, directeur de Velora, a dit qu'il attendait les conclusions de l'enquête avec sérénité.
            """);

    @Test
    void should_answer_with_the_sentence_whose_pronoun_stands_for_what_the_question_asks_about() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("Qui dirige l'enquête de l'office ?"));

        String text = answer.text();
        assertTrue(answer.answered(), text);
        assertTrue(text.contains("Quillet"), text);
        assertTrue(!text.contains("Brunner") || text.indexOf("Quillet") < text.indexOf("Brunner"), text);
    }
}
