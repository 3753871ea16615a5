package dev.docket.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.language.LanguageLexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An amount per period is a rate, not a total: it is never set against another source's total. */
final class FigureRatesTest {

    private static final FigureReader READER = new FigureReader(FigureLexicon.load(LanguageLexicon.load()));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en | The strike costs the port $2 million a day.                  | true
            de | Der Streik kostet den Hafen 2 Millionen Euro pro Tag.        | true
            fr | La grève coûte au port 2 millions d'euros par jour.          | true
            en | The strike cost the port $20 million over ten days.          | false
            de | Der Schaden beträgt 20 Millionen Euro.                       | false
            """)
    void should_tell_an_amount_per_period_from_a_total(String language, String text, boolean rate) {
        StatedFigure figure = READER.read(text, language, null).get(0);

        assertEquals(rate, READER.isRate(text, figure, language), figure.text());
    }
}
