package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.knowledge.Sentence;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence counts the concept right after a number, so "how many buses" prefers "40 buses" to "40 drivers". */
final class CountedConceptsTest {

    private final SentenceFeatures features =
            new SentenceFeatures(new FieldAnalyzers(LanguageRegistry.load(), LanguageLexicon.load(), 5));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The operator cancelled more than 1,200 flights.             | ~flight | true
            Mehr als 30.000 Passagiere saßen fest.                      | ~passenger | true
            Plus de 2 millions d'ordinateurs sont tombés en panne.      | ~computer | true
            On July 19 the flights were cancelled.                      | ~flight | false
            The airline employs 2,000 pilots and cancelled flights.     | ~flight | false
            The strike lasted six days.                                 | day | true
            Der Streik dauerte über zwei Wochen.                        | week | true
            On 12 May the strike began.                                 | day | false
            The city runs 40 Velora buses.                              | velor | true
            The lift carries up to 900 riders per hour.            | hour | false
            Erst nach siebeneinhalb Stunden war alles geräumt.          | hour | true
            Since January, 47 nurses have handed in their notice.       | ~nurse | true
            Deux mois et demi après le rappel des produits, rien n'a changé. | ~product | false
            Deux mois et demi après le rappel des produits, rien n'a changé. | month | true
            After two weeks the buses ran again.                        | ~bus | false
            """)
    void should_count_the_concept_that_follows_a_number_that_is_no_date(String text, String concept, boolean counted) {
        IndexedSentence sentence =
                features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));

        assertTrue(sentence.countedTerms().contains(concept) == counted, sentence.countedTerms().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The operator pays 40 euros to each passenger.                       | ~passenger | false
            La compagnie verse un forfait de 40 euros à chaque personne.        | ~person | false
            The contract sets EUR 45,000 per train and day of delay.            | ~train | false
            Der Betreiber zahlt jedem der 2.300 Passagiere 40 Euro.             | ~passenger | true
            """)
    void should_not_take_a_sum_for_a_count_of_what_follows_it(String text, String concept, boolean counted) {
        IndexedSentence sentence =
                features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));

        assertTrue(sentence.countedTerms().contains(concept) == counted, sentence.countedTerms().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Users of Velora 365 reported errors all day.                | false
            Machines running Quillix 11 stopped, said the vendor.       | false
            The vendor said 11 machines stopped.                        | true
            """)
    void should_not_take_a_number_that_belongs_to_a_name_for_a_quantity(String text, boolean quantity) {
        IndexedSentence sentence =
                features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));

        assertTrue(sentence.hasNumber() == quantity, sentence.sharedTerms().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Am 7. August rief das Familienunternehmen 23 Produkte zurück.    | ~product | true
            en | It rejects any blame for the Channel File 291 incident.           | ~incident | false
            """)
    void should_count_after_a_german_noun_but_not_after_a_capitalized_english_name(
            String language, String text, String concept, boolean counted) {
        IndexedSentence sentence = features.analyse(
                new Sentence(0, text.length(), text), language, CompactVector.of(new float[0]), null);

        assertTrue(sentence.countedTerms().contains(concept) == counted, sentence.countedTerms().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EUR 4.1 million was staked on the two matches.              | true
            The outage cost the airline $70 million.                   | true
            Die Busse von 3,2 Millionen Franken sei zu hoch.            | true
            Le club réclame 1,5 million d'euros.                        | true
            Three players were suspended on 11 December.                | false
            Users of Velora 365 reported errors all day.                | false
            """)
    void should_tell_a_sum_of_money_from_other_numbers(String text, boolean money) {
        IndexedSentence sentence =
                features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));

        assertTrue(sentence.statesMoney() == money, sentence.sharedTerms().toString());
    }
}
