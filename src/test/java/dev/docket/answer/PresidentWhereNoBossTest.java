package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Who's the boss of the co-op?" where the articles call nobody the cooperative's boss, only its president, is
 * answered with the president, not with the chief executive of the other party: a role of a family that shares a
 * member with the asked role's (boss and head lead, head and president preside) stands in for it.
 */
final class PresidentWhereNoBossTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "en-test-herald-velora-corks.md", """
            ---
            title: "Velora growers take cork maker to court"
            outlet: Test Herald
            language: en
            date: 2026-11-20
            ---
            The Velora Growers' Cooperative has sued its former cork supplier, Quillix SA, over tainted stoppers. The
            cooperative Velora says a whole vintage was lost.

            "We did everything right, and one delivery wiped out a year of work," said Nora Quillot, the
            cooperative's president.

            "Corks behave like sponges in a damp cellar," said Paul Verand, chief executive of Quillix, who denies
            any fault.
            """);

    @Test
    void should_answer_who_is_the_boss_of_a_cooperative_with_its_president() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("Who's the big boss over at the co-op?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().split("\\[1\\]")[0].contains("Quillot"), answer.text());
    }
}
