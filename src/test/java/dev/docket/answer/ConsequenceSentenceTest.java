package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A why-question answered by a sentence that says it follows from the one before ("donc", "therefore", "deshalb")
 * gets the one before quoted with it: the reason stands there.
 */
final class ConsequenceSentenceTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "fr-test-journal-quillix-ascenseurs.md", """
            ---
            title: "Ascenseurs en panne : Velora met Quillix en demeure"
            outlet: Test-Journal
            language: fr
            date: 2026-03-02
            ---
            La régie Velora réclame 1,2 million de francs au fabricant Quillix.

            La mise à jour envoyée samedi avait aussi coupé le module de communication des armoires de commande. \
            Quillix ne pouvait donc pas relancer les ascenseurs à distance : ses techniciens ont dû passer dans \
            chaque immeuble.

            Le tribunal de Brunnsee entendra les parties en juin.
            """);

    @Test
    void should_quote_the_sentence_before_one_that_says_it_follows_from_it() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("Pourquoi Quillix n'a-t-il pas pu relancer les ascenseurs à distance ?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("module de communication"), answer.text());
    }
}
