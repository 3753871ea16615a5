package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A question asking for a share of a whole ("quelle part", "what share", "welcher Anteil") is answered with a
 * percentage, not with a count of the same things or with a sum ({@code language/share-phrases.tsv}).
 */
final class ShareAsPercentageTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "fr-test-gazette-velora-trains.md", """
            ---
            title: "Panne de signalisation : Velora fait les comptes"
            outlet: Test Gazette
            language: fr
            date: 2026-11-20
            ---
            Pendant le service réduit, Velora a supprimé 1 140 trains et affrété 140 bus de remplacement.

            Le reste de la semaine, seuls 45 % des trains prévus ont roulé, selon l'opérateur.
            """);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Quelle part des trains circulait pendant le service réduit ?          | 45 %
            Quel pourcentage des trains a roulé le reste de la semaine ?          | 45 %
            """)
    void should_answer_a_question_about_a_share_with_a_percentage(String question, String percentage) {
        Answer answer = ARTICLE.application().questionHandler().handle(Question.fromCli(question));

        assertTrue(answer.answered(), answer.text());
        String lead = answer.text().split("\\[1\\]")[0];
        assertTrue(lead.replace('\u00a0', ' ').replace('\u202f', ' ').contains(percentage), answer.text());
    }
}
