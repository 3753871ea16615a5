package dev.docket.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What someone said, asked and reported, in English, German and French. */
final class StatementPhrasesTest {

    private static final LanguageLexicon LEXICON = LanguageLexicon.load();

    @ParameterizedTest
    @ValueSource(strings = {"what does quillix say", "What did the mayor say?", "was sagt velora dazu",
            "Was meint der Hersteller?", "quillix en dit quoi", "Qu'a dit le maire ?"})
    void should_read_a_question_asking_what_someone_said(String question) {
        assertTrue(LEXICON.asksStatement(question), question);
    }

    @ParameterizedTest
    @ValueSource(strings = {"How much did Velora pay?", "wann war der ausfall", "Combien a coûté la panne ?"})
    void should_not_read_other_questions_as_asking_what_someone_said(String question) {
        assertFalse(LEXICON.asksStatement(question), question);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|The crates were fine, a Quillix spokeswoman said.",
            "de|Die Kisten seien einwandfrei gewesen, erklärte die Sprecherin.",
            "fr|Selon Quillix, les caisses étaient conformes.", "en|„Wir zahlen nicht“ – Velora bleibt hart."})
    void should_find_speech_a_sentence_reports_or_quotes(String language, String sentence) {
        assertTrue(LEXICON.reportsSpeech(sentence, language), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en|Quillix employs 240 people.", "de|Velora verklagt Quillix.",
            "fr|La Ville a retiré la licence."})
    void should_not_find_speech_in_a_plain_statement_of_fact(String language, String sentence) {
        assertFalse(LEXICON.reportsSpeech(sentence, language), sentence);
    }
}
