package dev.docket.answer.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.language.LanguageLexicon;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class FigureNormalizerTest {

    private static final FigureNormalizer NORMALIZER = new FigureNormalizer(LanguageLexicon.load());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            more than 6,000 flights            | 6000
            mehr als 6.000 Flüge               | 6000
            plus de 6000 vols                  | 6000
            plus de 6 000 vols                 | 6000
            plus de 6\u202f000 vols            | 6000
            $500 million in losses             | 500000000
            500 Millionen Dollar               | 500000000
            500 millions de dollars            | 500000000
            half a billion dollars             | 500000000
            eine halbe Milliarde Dollar        | 500000000
            un demi-milliard de dollars        | 500000000
            0.5 billion                        | 500000000
            1,5 Mrd. Euro                      | 1500000000
            8.5 million devices                | 8500000
            8,5 millions d'appareils           | 8500000
            two million people                 | 2000000
            5 thousand flights                 | 5000
            more than 500.000 passengers       | 500000
            1,234.5 points                     | 1234.5
            a 20% drop                         | 20
            20 Prozent                         | 20
            the July 19 outage                 | date 07-19
            the July 19th outage               | date 07-19
            am 19. Juli                        | date 07-19
            le 19 juillet                      | date 07-19
            le 1er août                        | date 08-01
            the 19th of July                   | date 07-19
            """)
    void should_give_one_key_for_a_figure_in_any_language_and_format(String text, String key) {
        List<NormalizedFigure> figures = NORMALIZER.figures(text);

        assertEquals(List.of(key), figures.stream().map(NormalizedFigure::key).toList(), text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            on July 19, 2024                       | date 07-19 2024
            2024-08-06                             | date 08-06 2024
            Aug 6, 2024 at 4:17                    | date 08-06 2024 4 17
            5,000 cancellations and $500 million   | 5000 500000000
            the two companies disagree             | ''
            one of the sources                     | ''
            thousands of flights in July           | ''
            it may rule in mars                    | ''
            """)
    void should_find_every_figure_and_ignore_plain_number_words(String text, String keys) {
        List<NormalizedFigure> figures = NORMALIZER.figures(text);

        assertEquals(keys, String.join(" ", figures.stream().map(NormalizedFigure::key).toList()), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            $500 million           | half a billion dollars
            July 19                | 19. Juli
            19 juillet             | 2024-07-19
            8.5 million            | 8,5 millions
            6,000                  | 6.000
            """)
    void should_match_equal_figures_written_differently(String first, String second) {
        String firstKey = NORMALIZER.figures(first).get(0).key();

        assertEquals(firstKey, NORMALIZER.figures(second).get(0).key());
    }
}
