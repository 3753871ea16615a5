package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "How much revenue does X make a year" asks for a particular kind of sum: a claim or a loss the articles state is
 * no answer, and "a year" says over what the sum is taken, not that it is measured in years.
 */
final class ParticularSumTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "en-test-ledger-quillix-faces-claim.md", """
            ---
            title: "Quillix faces a claim from the bus operator Velora"
            outlet: Test Ledger
            language: en
            date: 2026-04-14
            ---
            For two days in March no ticket could be sold on Velora's buses: the machines Quillix supplied had failed.

            Velora is seeking 2.5 million euros in damages from Quillix. It blames the supplier for a week of lost
            revenue. Two years ago Velora had switched to Quillix to save costs.
            """);

    @Test
    void should_refuse_a_yearly_revenue_when_no_sentence_states_a_revenue_with_its_sum() {
        Answer german = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("Wie viel Umsatz macht Quillix im Jahr?"));
        Answer english = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("How much revenue does Quillix make a year?"));

        assertFalse(german.answered(), german.text());
        assertFalse(english.answered(), english.text());
    }

    @Test
    void should_answer_a_claim_asked_in_general_words_for_a_sum() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("How much does Velora want in damages?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("2.5 million"), answer.text());
    }
}
