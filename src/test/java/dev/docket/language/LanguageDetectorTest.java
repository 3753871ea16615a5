package dev.docket.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How much did the outage cost the airline?            | en
            Wie viele Flüge wurden gestrichen?                   | de
            Wann hat der Anwalt den Brief geschrieben?           | de
            Combien de vols ont été annulés ?                    | fr
            Qui est l'avocat de l'entreprise ?                   | fr
            ¿Cuántos vuelos fueron cancelados por la aerolínea?  | es
            Qu'a proposé Ed Berg ?                               | fr
            what's velora's loss                                 | en
            """)
    void should_detect_the_language_of_a_short_question(String question, String language) {
        assertEquals(language, detector.detect(question, "en"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            wie lang wars down     | de
            combien down           | fr
            wie is de baas         | nl
            """)
    void should_let_a_question_word_of_one_language_at_the_start_break_a_tie(String question, String language) {
        assertEquals(language, detector.detect(question, "en"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            gibts ne entschädigung      | de
            how many wars were there    | en
            wer wars                    | de
            """)
    void should_count_a_chat_contraction_as_a_word_of_its_language(String question, String language) {
        assertEquals(language, detector.detect(question, "en"));
    }

    @ParameterizedTest
    @CsvSource({"de", "fr"})
    void should_use_the_hint_when_the_text_gives_no_evidence(String hint) {
        assertEquals(hint, detector.detect("Delta 500?", hint));
    }
}
