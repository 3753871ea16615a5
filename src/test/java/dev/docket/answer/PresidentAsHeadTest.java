package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A president heads what she presides ("who heads the association": "sa présidente"), while "boss" still asks for
 * a company's chief: the two are separate families of {@code language/concept-families.tsv}.
 */
final class PresidentAsHeadTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "fr-test-courrier-velora-plaintes.md", """
            ---
            title: "Panne chez Velora : les consommateurs ne désarment pas"
            outlet: Test Courrier
            language: fr
            date: 2026-11-20
            ---
            « Un opérateur qui sait ses clients privés de connexion doit les informer vite », a déclaré Odile
            Varane, directrice de l'autorité des télécommunications.

            Le Forum des consommateurs de Quillix ne s'en contente pas. Sa présidente, Fabienne Quillot, rappelle
            que l'association a reçu 23 400 plaintes après la panne et réclame 100 euros par ménage.
            """);

    @Test
    void should_answer_who_heads_an_association_with_its_president() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("Who heads the consumer association that collected the complaints?"));

        assertTrue(answer.answered(), answer.text());
        int president = answer.text().indexOf("Quillot");
        int director = answer.text().indexOf("Varane");
        assertTrue(president >= 0 && (director < 0 || president < director), answer.text());
    }
}
