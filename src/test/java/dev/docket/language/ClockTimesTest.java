package dev.docket.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The time of day, asked for and stated, in English, German and French. */
final class ClockTimesTest {

    private static final LanguageLexicon LEXICON = LanguageLexicon.load();

    @ParameterizedTest
    @ValueSource(strings = {"At what time did the terminals freeze?", "what time did it go down",
            "Um wie viel Uhr fiel das System aus?", "À quelle heure la panne a-t-elle commencé ?"})
    void should_read_a_question_for_the_time_of_day(String question) {
        assertTrue(LEXICON.asksClockTime(question));
        assertTrue(LEXICON.questionKind(question) == QuestionKind.DATE, question);
    }

    @Test
    void should_not_read_a_question_for_a_day_as_one_for_the_time_of_day() {
        assertFalse(LEXICON.asksClockTime("When did the terminals freeze?"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"The update went out at 04:09 UTC.", "Um 5.42 Uhr froren die Terminals ein.",
            "The lift stopped at about 1:40 p.m. on 10 January.", "Vers 13 h 40, la cabine s'est arrêtée.",
            "À 10 h 07, la plateforme s'est effondrée.", "Le site a planté à 10h07.",
            "La prévente s'est ouverte à 9 heures."})
    void should_find_the_time_of_day_a_sentence_states(String sentence) {
        assertTrue(LEXICON.statesClockTime(sentence), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The claim is 6.8 million euros.", "Cars drove at 130 km/h.", "On 14 May 2025 it froze.",
            "Die Anlage lief 12 Stunden.", "Il a fallu 36 heures.", "La panne a duré pendant 7 heures."})
    void should_not_take_a_sum_a_speed_a_date_or_a_duration_for_a_time_of_day(String sentence) {
        assertFalse(LEXICON.statesClockTime(sentence), sentence);
    }
}
