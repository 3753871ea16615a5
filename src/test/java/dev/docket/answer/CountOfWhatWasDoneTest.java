package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "How many drivers complained" is answered by a count of complaints from drivers: the articles count what was done,
 * not who did it.
 */
final class CountOfWhatWasDoneTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "en-test-post-velora-outage.md", """
            ---
            title: "Velora sues Quillix over the outage"
            outlet: Test Post
            language: en
            date: 2026-03-02
            ---
            Velora's bus ticket machines stopped working for two days after a fault at Quillix, their supplier.

            Velora's customer service logged 4,100 complaints in the weeks after the breakdown, many of them sent by
            commuters who had missed their trains.

            Velora is seeking 2.5 million euros in damages from Quillix.
            """);

    @Test
    void should_answer_how_many_people_complained_with_the_count_of_their_complaints() {
        Answer answer = ARTICLE.application().questionHandler()
                .handle(Question.fromCli("Wie viele Pendler haben sich bei der Firma beschwert?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("4,100"), answer.text());
    }
}
