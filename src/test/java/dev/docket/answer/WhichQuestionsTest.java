package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A "which ..." question leads with the sentence that puts a name beside what it asks about. */
final class WhichQuestionsTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "en-test-wire-velora-sues.md", """
            ---
            title: "Velora sues over spoiled wine"
            outlet: Test Wire
            language: en
            date: 2026-01-20
            ---
            The cooperative Velora, based in Talheim, has sued its former cork supplier over a spoiled vintage.

            It claims 2.4 million francs in damages at the Commercial Court of Brunnsee.

            The supplier, Quillix of Port-Farel, rejects the claim and blames the cellar.
            """);

    @Test
    void should_lead_with_the_name_beside_the_thing_asked_over_a_sentence_naming_something_else() {
        Answer answer = ARTICLE.application().questionHandler().handle(Question.fromCli("Which supplier did Velora sue?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.citations().get(0).snippet().contains("Quillix"), answer.text());
    }
}
