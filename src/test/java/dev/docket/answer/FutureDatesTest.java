package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A "when" question in the future tense asks for a day still to come when the article was written: a day stated
 * after the article's date answers it, the day something began or was filed does not.
 */
final class FutureDatesTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "en-test-gazette-velora-sues-quillix.md", """
            ---
            title: "Velora sues Quillix over the broken sorting line"
            outlet: Test Gazette
            language: en
            date: 2026-03-10
            ---
            Velora filed its lawsuit against the packaging maker Quillix on 3 February, demanding 3.2 million francs.

            The sorting line in Brunnsee stopped on 12 January and stayed down for nine days.

            The Commercial Court of Brunnsee will hear the case on 18 May.

            A replacement sorting line is to be installed in Brunnsee on 4 June.
            """);

    private static Answer ask(String question) {
        return ARTICLE.application().questionHandler().handle(Question.fromCli(question));
    }

    @Test
    void should_answer_a_future_question_with_a_day_after_the_article() {
        Answer answer = ask("When will the court hear the case?");

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("18 May"), answer.text());
    }

    @Test
    void should_answer_a_future_question_with_a_later_day_of_one_digit() {
        Answer answer = ask("When will the replacement sorting line be installed?");

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("4 June"), answer.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"When will Velora get the 3.2 million francs?",
            "Wann wird Quillix die 3,2 Millionen Franken zahlen?"})
    void should_refuse_a_future_question_when_the_articles_only_date_what_is_past(String question) {
        Answer answer = ask(question);

        assertFalse(answer.answered(), answer.text());
    }

    @Test
    void should_still_answer_when_something_past_happened() {
        Answer answer = ask("When did Velora file the lawsuit?");

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("3 February"), answer.text());
    }
}
