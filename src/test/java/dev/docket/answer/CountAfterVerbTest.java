package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "How many households lost ..." counts households: the verb after what is counted ("lost") does not make the question
 * ask for a sum of money. German "Haushalte" are households (the singular "Haushalt" stays a budget).
 */
final class CountAfterVerbTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "en-test-ledger-velora-router-update.md", """
            ---
            title: "Regulator fines Velora over a router update"
            outlet: Test Ledger
            language: en
            date: 2026-11-20
            ---
            The telecom authority on Thursday fined Velora 2.6 million euros after households lost their
            connection in October.

            In all, 215,000 households were cut off, some of them for close to three days. Velora blames the
            firmware it received from its supplier, Quillix.
            """);

    @Test
    void should_quote_the_count_of_households_for_how_many_households_lost_their_connection() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("How many households lost their connection?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("215,000"), answer.text());
    }

    @Test
    void should_read_german_haushalte_as_households() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("Wie viele Haushalte waren betroffen?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("215,000"), answer.text());
    }
}
