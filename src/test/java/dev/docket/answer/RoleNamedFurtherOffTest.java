package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Which expert ..." is answered by the sentence that names the expert, though it gives her another role beside her
 * name and calls her an expert only further off, rather than by a sentence about the expert that names nobody.
 */
final class RoleNamedFurtherOffTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "en-test-ledger-velora-expert.md", """
            ---
            title: "Velora's signalling failure goes to an expert"
            outlet: Test Ledger
            language: en
            date: 2026-11-20
            ---
            An independent expert has been appointed to analyse the exact causes of the outage; the report is due at
            the end of May.

            The question now lies with Nora Quillot, a professor of railway engineering at the Polytechnic of
            Orbigny, whom the ministry appointed on 5 March as independent expert.
            """);

    @Test
    void should_lead_a_which_expert_question_with_the_sentence_naming_her() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("Which expert was appointed to analyse the outage?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().split("\\[1\\]")[0].contains("Quillot"), answer.text());
    }
}
