package dev.docket.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.language.LanguageLexicon;
import dev.docket.knowledge.Passage;
import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class FigureExtractorTest {

    private final FigureExtractor extractor = new FigureExtractor(FigureLexicon.load(LanguageLexicon.load()));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The company cancelled 6,000 flights.                 | 6,000                     | count    | 6000.0       |            |            |     | flights
            de | Die Firma strich 6.000 Flüge.                          | 6.000                     | count    | 6000.0       |            |            |     | Flüge
            fr | La compagnie a annulé 6 000 vols.                      | 6 000                     | count    | 6000.0       |            |            |     | vols
            de | Es waren 5.500 Ausfälle.                               | 5.500                     | count    | 5500.0       |            |            |     | Ausfälle
            en | It hit 8.5 million computers.                          | 8.5 million               | count    | 8500000.0    |            |            |     | computers
            fr | Il a touché 8,5 millions d'ordinateurs.                | 8,5 millions              | count   | 8500000.0    |            |            |     | ordinateurs
            de | Der Schaden liegt bei 1,5 Mrd. Euro.                   | 1,5 Mrd. Euro             | money    | 1.5E9        |            |            | EUR |
            en | The claim is $350-500 million in damages.              | $350-500 million          | money    |              | 3.5E8      | 5.0E8      | USD | damages
            en | It lost half a billion dollars.                        | half a billion dollars    | money    | 5.0E8        |            |            | USD |
            de | Es kostete einer halben Milliarde Dollar.              | einer halben Milliarde Dollar | money | 5.0E8       |            |            | USD |
            fr | Une perte de 500 millions de dollars.                  | 500 millions de dollars   | money    | 5.0E8        |            |            | USD | perte
            en | They cancelled more than 5,000 flights.                | more than 5,000           | count    | 5000.0       | 5000.0     |            |     | flights
            de | Es fielen mehr als 6.000 Flüge aus.                    | mehr als 6.000            | count    | 6000.0       | 6000.0     |            |     | Flüge
            fr | Plus de 5 000 vols ont été annulés.                    | Plus de 5 000             | count    | 5000.0       | 5000.0     |            |     | vols
            fr | Environ 300 vols ont été annulés.                      | Environ 300               | count    | 300.0        |            |            |     | vols
            de | Die Störung dauerte fünf Tage.                         | fünf Tage                 | duration | 5.0          |            |            | day |
            fr | La panne a duré cinq jours.                            | cinq jours                | duration | 5.0          |            |            | day |
            en | It lasted six days.                                    | six days                  | duration | 6.0          |            |            | day |
            en | Shares fell 12% in the session.                        | 12%                       | percent  | 12.0         |            |            | percent |
            de | Der Kurs fiel um 12 Prozent.                           | 12 Prozent                | percent  | 12.0         |            |            | percent |
            de | Die Haftung ist auf einen Betrag im einstelligen Millionenbereich begrenzt. | einstelligen Millionenbereich | money | | 1000000.0 | 9999999.0 | |
            en | Liability is capped at single-digit millions of dollars. | single-digit millions of dollars | money | | 1000000.0 | 9999999.0 | USD |
            en | The plant shipped thousands of widgets.                | thousands of              | count    |              | 1000.0     | 9999.0     |     | widgets
            de | Es fehlen zig Millionen Euro pro Jahr.                 | zig Millionen Euro        | money    |              | 1.0E7      | 9.9999999E7 | EUR |
            de | Die Firma investiert hunderte Millionen Dollar.        | hunderte Millionen Dollar | money    |              | 1.0E8      | 9.99999999E8 | USD |
            en | With hundreds of millions of dollars at stake, it sued. | hundreds of millions of dollars | money | | 1.0E8    | 9.99999999E8 | USD |
            en | The fault hit more than half of the machines.          | more than half            | percent  | 50.0         | 50.0       |            | percent |
            de | Betroffen war mehr als die Hälfte der Rechner.         | mehr als die Hälfte       | percent  | 50.0         | 50.0       |            | percent |
            fr | Plus de la moitié des machines sont tombées en panne.  | Plus de la moitié         | percent  | 50.0         | 50.0       |            | percent |
            """)
    void should_read_amount_with_kind_value_unit_and_noun_when_written_in_the_languages_format(
            String language, String sentence, String text, String kind, Double value, Double lower, Double upper,
            String unit, String noun) {
        Figure figure = only(extract(language, sentence));

        assertEquals(text, figure.text());
        assertEquals(kind, figure.kind().id());
        assertEquals(value, figure.value());
        assertEquals(lower, figure.lower());
        assertEquals(upper, figure.upper());
        assertEquals(unit, figure.unit());
        assertEquals(noun, figure.noun());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | On July 19, the update was released to customers.       |            | July 19       | --07-19
            en | The July 19th update crashed many of the machines.      |            | July 19th     | --07-19
            en | It was published on Aug 6, 2024 by the newsroom staff.  |            | Aug 6, 2024   | 2024-08-06
            de | Am 19. Juli wurde das fehlerhafte Update ausgesandt.     |            | 19. Juli      | --07-19
            fr | La panne est survenue le 19 juillet dans le monde.      |            | 19 juillet    | --07-19
            fr | La lettre est arrivée le 1er août 2024 chez Delta.       |            | 1er août 2024 | 2024-08-01
            en | The letter arrived on August 4 at the airline's office. | 2024-08-06 | August 4      | 2024-08-04
            en | The airline sent a letter last week to its lawyers.     | 2024-08-06 | last week     | 2024-W31
            de | Die Airline schrieb letzte Woche einen Brief an Anwälte. |           | letzte Woche  |
            fr | La panne mondiale a eu lieu le mois dernier en Europe.  | 2024-08-06 | le mois dernier | 2024-07
            fr | Le problème a été résolu vendredi matin par la société. | 2024-08-06 | vendredi matin |
            en | The board will hold its first session on November 14.   | 2021-10-02 | November 14   | 2021-11-14
            en | The fair closed on December 30 after a long week.       | 2022-01-02 | December 30   | 2021-12-30
            de | Die Anhörung ist am 3. März vor dem Gericht geplant.     | 2021-02-20 | 3. März       | 2021-03-03
            """)
    void should_read_date_resolving_only_what_the_document_date_makes_certain(
            String language, String sentence, String documentDate, String text, String date) {
        Figure figure = only(extract(language, sentence, documentDate));

        assertEquals(FigureKind.DATE, figure.kind());
        assertEquals(text, figure.text());
        assertEquals(date, figure.date());
    }

    @Test
    void should_name_the_speaker_when_the_sentence_attributes_the_figure() {
        List<Figure> english = extract("en", "Delta cancelled over 5,000 flights, according to its CEO.");
        List<Figure> german = extract("de", "Das Magazin Bloomberg nennt über 5.500 Ausfälle.");
        List<Figure> french = extract("fr", "Selon Reuters, plus de 6 000 vols ont été annulés.");

        assertEquals("its CEO", only(english).attribution());
        assertEquals("Magazin Bloomberg", only(german).attribution());
        assertEquals("Reuters", only(french).attribution());
    }

    @Test
    void should_skip_numbers_that_are_names_or_times_when_no_amount_is_stated() {
        List<Figure> figures = extract("en", "The Model 291 incident hit at 4:17 AM and many lines"
                + " stopped while Office 365 failed.");

        assertTrue(figures.isEmpty(), figures.toString());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | Niemand bringt ungetestete Software in einen 24-Stunden-Betrieb.
            en | The desk is staffed 24/7 by a small team.
            fr | Le service fonctionne 24/7 dans le pays.
            """)
    void should_find_no_figure_when_a_number_only_describes_a_word(String language, String sentence) {
        List<Figure> figures = extract(language, sentence);

        assertTrue(figures.isEmpty(), figures.toString());
    }

    @Test
    void should_keep_exact_offsets_into_the_document_when_extracting() {
        SourceDocument document = document("de", "Titel\n\nDelta strich mehr als 6.000 Flüge.", null);

        Figure figure = only(extractor.extract(document));

        assertEquals(figure.text(), document.text().substring(figure.start(), figure.end()));
        assertEquals(figure.sentence(), document.text().substring(figure.sentenceStart(), figure.sentenceEnd()));
        assertNull(figure.attribution());
    }

    private List<Figure> extract(String language, String sentence) {
        return extract(language, sentence, null);
    }

    private List<Figure> extract(String language, String sentence, String date) {
        return extractor.extract(document(language, sentence, date));
    }

    /** One passage holding the last paragraph of {@code text} as one sentence. */
    static SourceDocument document(String language, String text, String date) {
        int start = text.lastIndexOf('\n') + 1;
        Sentence sentence = new Sentence(start, text.length(), text.substring(start));
        Passage passage = new Passage(0, start, text.length(), sentence.text(), List.of(sentence));
        return new SourceDocument("knowledge/test-" + language + ".md", "Test", null, language, date, null, text,
                "hash", List.of(passage));
    }

    private static Figure only(List<Figure> figures) {
        assertEquals(1, figures.size(), figures.toString());
        return figures.get(0);
    }
}
