package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A particular kind of sum stated as lost ("lost revenue", "entgangener Umsatz") answers how much of it was lost,
 * not how much of it a party makes.
 */
final class LostSumTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "en-test-ledger-velora-sues-quillix.md", """
            ---
            title: "Velora sues Quillix over a weekend without card payments"
            outlet: Test Ledger
            language: en
            date: 2026-06-02
            ---
            For a whole weekend in May no card payment went through at Velora's 80 petrol stations.

            Velora puts its lost revenue at 1.4 million euros and is suing its payment processor, Quillix, for
            2.1 million euros in damages.
            """);

    @Test
    void should_refuse_a_yearly_revenue_when_the_articles_only_state_a_lost_one() {
        Answer german = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("Wie viel Umsatz macht Quillix im Jahr?"));
        Answer english = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("How much revenue does Velora make a year?"));

        assertFalse(german.answered(), german.text());
        assertFalse(english.answered(), english.text());
    }

    @Test
    void should_refuse_a_yearly_revenue_even_when_the_sentence_of_the_lost_one_covers_every_word_of_the_question() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("Wie hoch ist der Jahresumsatz von Velora?"));

        assertFalse(answer.answered(), answer.text());
    }

    @Test
    void should_read_a_which_question_about_a_sum_as_asking_for_an_amount() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("Quel est le chiffre d'affaires de Quillix ?"));

        assertFalse(answer.answered(), answer.text());
    }

    @Test
    void should_answer_how_much_revenue_was_lost_with_the_lost_revenue() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("How much revenue did Velora loose that weekend?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("1.4 million"), answer.text());
    }
}
