package dev.docket.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The languages Docket knows are data: each row of languages.tsv gives a language its analyzer and detection. */
final class LanguageRegistryTest {

    private final LanguageRegistry registry = LanguageRegistry.load();

    @Test
    void should_list_the_answer_languages_first_with_english_as_the_fallback() {
        assertEquals(List.of("en", "de", "fr"), registry.all().stream().limit(3).map(Language::code).toList());
        assertEquals("en", registry.fallback());
    }

    @ParameterizedTest
    @CsvSource({"en, EnglishAnalyzer", "de, GermanAnalyzer", "fr, FrenchAnalyzer"})
    void should_give_each_language_with_an_analyzer_its_own_lucene_analyzer(String code, String analyzer) {
        Language language = registry.find(code).orElseThrow();

        assertTrue(language.hasOwnAnalyzer());
        assertEquals(analyzer, language.newAnalyzer().getClass().getSimpleName());
    }

    @Test
    void should_use_the_standard_analyzer_for_a_language_listed_without_one() {
        Language language = registry.find("sv").orElseThrow();

        assertFalse(language.hasOwnAnalyzer());
        assertTrue(language.newAnalyzer() instanceof StandardAnalyzer);
    }

    @Test
    void should_know_that_only_german_capitalizes_every_noun() {
        assertTrue(registry.capitalizesNouns("de"));
        assertFalse(registry.capitalizesNouns("en"));
        assertFalse(registry.capitalizesNouns("xx"));
    }

    @ParameterizedTest
    @CsvSource({"de, Tasche, true", "de, Knie, true", "de, Verbindungen, true", "de, Berlin, false",
            "de, Velora, false", "en, table, true", "en, London, false", "fr, boîte, true", "fr, Paris, false",
            "en, Velora, false", "xx, Tasche, false"})
    void should_tell_a_common_word_from_a_name_by_the_languages_word_dictionary(
            String code, String word, boolean common) {
        assertEquals(common, registry.isCommonWord(code, word));
    }

    @ParameterizedTest
    @CsvSource({"Staranwalt, true", "Schadenssumme, true", "Kartellprozess, true", "Lufthansa, false",
            "Rosenheim, false", "Velorastrike, false", "Türsysteme, true", "Zugausfälle, true"})
    void should_take_a_compound_of_two_common_words_for_a_common_word(String word, boolean common) {
        assertEquals(common, registry.isCommonWord("de", word));
    }

    @ParameterizedTest
    @CsvSource({"Wohnbaubehörde, true", "Dosierpumpen, true", "Mieterverband, true", "Brenniger, false",
            "Velorastrike, false"})
    void should_take_a_compound_of_three_words_or_of_a_verbs_stem_for_a_common_word(String word, boolean common) {
        assertEquals(common, registry.isCommonWord("de", word));
    }

    @ParameterizedTest
    @CsvSource({"Sortimemt, true", "Verhandlnug, true", "Gelt, true", "Sortiment, false", "Lufthansa, false",
            "Velora, false", "Berlni, false", "Geld, false"})
    void should_take_a_word_one_slip_from_a_common_word_for_a_misspelling(String word, boolean misspelled) {
        assertEquals(misspelled, registry.isMisspelledCommonWord("de", word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | wer wars?                  | wer war es?
            de | Gibt’s ne Strafe           | gibt es eine Strafe
            de | Wie viele Kriege gab es?   | Wie viele Kriege gab es?
            en | why didnt they pay         | why did not they pay
            en | how many wars              | how many wars
            de | wie lang wars down         | wie lang war es ausgefallen
            en | was the site down          | was the site down
            fr | ya combien de vols         | il y a combien de vols
            """)
    void should_spell_out_the_chat_contractions_of_the_question_language(String code, String typed, String meant) {
        assertEquals(meant, registry.withChatWordsSpelledOut(code, typed));
    }
}
