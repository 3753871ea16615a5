package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "How much do they want" asks for the sum a party claims ({@code language/claim-concepts.tsv}): the sentence
 * stating the claim answers it, not another sum of the same article (a fee, a credit), even when the question's
 * "wollen" or "will" is a stop word and its other words fit the other sum better ({@code language/claim-words.tsv}).
 */
final class ClaimedSumFirstTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "de-test-anzeiger-velora-wasser.md", """
            ---
            title: "Verunreinigtes Wasser: Velora zieht vor Gericht"
            outlet: Test Anzeiger
            language: de
            date: 2026-11-20
            ---
            Die Haushalte der Gemeinde erhalten auf ihrer nächsten Wasserrechnung eine Gutschrift von 60 Euro.

            Für die Notversorgung mit Trinkwasser in Flaschen bezahlte die Gemeinde 318.000 Euro.

            Das Versorgungsunternehmen Velora verlangt von der Pumpenherstellerin Quillix 2,4 Millionen Euro.
            """);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            wie viel kohle wollen die wasserwerke von denen?  | 2,4 Millionen
            wie viel geld wollen die wasserwerke              | 2,4 Millionen
            wie viel kohle will die wasserversorgung          | 2,4 Millionen
            how much money do the waterworks want             | 2,4 Millionen
            """)
    void should_answer_what_a_party_wants_with_the_sum_it_claims(String question, String sum) {
        Answer answer = ARTICLE.application().questionHandler().handle(Question.fromCli(question));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().split("\\[1\\]")[0].contains(sum), answer.text());
    }
}
