package dev.docket.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scale words come from the figure table (figures.tsv), so retrieval and the figure reader agree on them. */
final class LanguageLexiconScaleTest {

    private static final LanguageLexicon LEXICON = LanguageLexicon.load();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            million    | -  | million
            millionen  | -  | million
            mio        | -  | million
            milliarden | -  | billion
            mrd        | -  | billion
            tausend    | -  | thousand
            billion    | -  | -
            billion    | en | billion
            billion    | de | trillion
            billions   | fr | trillion
            milliards  | fr | billion
            """)
    void should_name_the_factor_in_english_when_the_word_is_a_scale(String word, String language, String term) {
        assertEquals(term, language == null ? LEXICON.canonical(word) : LEXICON.canonical(word, language));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2,000         | 2000
            2.000         | 2000
            2 000         | 2000
            2\u00a0000    | 2000
            2\u202f000    | 2000
            2\u2009000    | 2000
            1,5           | 1,5
            """)
    void should_drop_every_group_separator_when_three_digits_follow(String text, String plain) {
        assertEquals(plain, LanguageLexicon.withoutThousandsSeparators(text));
    }
}
