package dev.docket.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Why, asked and given, in English, German and French. */
final class ReasonPhrasesTest {

    private static final LanguageLexicon LEXICON = LanguageLexicon.load();

    @ParameterizedTest
    @ValueSource(strings = {"Why did the hall close?", "how come it crashed", "wieso zahlt Velora nicht",
            "Pourquoi la ligne a-t-elle fermé ?", "pk ça a planté"})
    void should_read_a_question_asking_why(String question) {
        assertTrue(LEXICON.asksReason(question), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|The hall was closed because the roof leaked.",
            "en|The delay was due to a faulty valve.", "de|Die Stadt begründet den Zahlungsstopp mit Rissen.",
            "de|Wegen des Sturms blieb die Bahn stehen.", "de|Velora zahlt nicht, weil die Kisten fehlen.",
            "fr|La ligne a fermé en raison d'une panne.", "fr|Quillix refuse de payer parce qu'il conteste le devis.",
            "fr|Une vanne défectueuse est à l'origine de la fuite.", "en|The outage was blamed on a faulty update.",
            "fr|La panne a été provoquée par une mise à jour."})
    void should_find_a_reason_a_sentence_gives(String language, String sentence) {
        assertTrue(LEXICON.statesReason(sentence, language), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|Quillix blames Velora for the delay.",
            "en|Since March the hall has been closed.", "de|Ein Urteil dürfte deshalb weit gelesen werden.",
            "de|Da stand die Bahn still.", "fr|La panne a suivi la mise à jour."})
    void should_not_take_a_restatement_a_consequence_or_a_time_for_a_reason(String language, String sentence) {
        assertFalse(LEXICON.statesReason(sentence, language), sentence);
    }

    @Test
    void should_read_a_reason_word_only_in_a_sentence_of_its_language() {
        assertTrue(LEXICON.statesReason("Le train est parti car il était à l'heure.", "fr"));
        assertFalse(LEXICON.statesReason("The car was parked outside.", "en"));
    }
}
