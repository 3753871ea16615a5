package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class FollowUpQuestionTest {

    private static final List<Turn> ABOUT_WIDGETS =
            List.of(new Turn("How many widgets did the factory recall?", "Over 2,000 widgets. [1]"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "and how much did it cost them?|and how much did it cost them? widgets factory recall",
        "und was sagt der Hersteller dazu?|und was sagt der Hersteller dazu? widgets factory recall",
        "Et combien cela a-t-il coûté ?|Et combien cela a-t-il coûté ? widgets factory recall",
        "and what did the factory say?|and what did the factory say? widgets recall",
        "Who is the mayor of Springfield?|Who is the mayor of Springfield?"
    })
    void should_carry_the_earlier_subject_only_when_the_follow_up_leans_on_it(String followUp, String searched) {
        assertEquals(searched, FollowUpQuestion.retrievalText(new Question(followUp, null, "test", ABOUT_WIDGETS)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "and what did it cost?",
        "But why?"
    })
    void should_search_as_typed_when_there_is_no_earlier_question(String question) {
        assertEquals(question, FollowUpQuestion.retrievalText(new Question(question, null, "test")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "and when?|and when? widgets factory recall",
        "Where is Springfield?|Where is Springfield?"
    })
    void should_carry_the_subject_through_a_chain_of_follow_ups(String followUp, String searched) {
        List<Turn> chain = List.of(ABOUT_WIDGETS.get(0), new Turn("what did they say?", "They apologised. [1]"));

        assertEquals(searched, FollowUpQuestion.retrievalText(new Question(followUp, null, "test", chain)));
    }
}
