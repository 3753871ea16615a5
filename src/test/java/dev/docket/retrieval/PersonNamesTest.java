package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.knowledge.Sentence;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence can answer "who" when it names a person beside a role, not when it only names organisations. */
final class PersonNamesTest {

    private final SentenceFeatures features =
            new SentenceFeatures(new FieldAnalyzers(LanguageRegistry.load(), LanguageLexicon.load(), 5));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The city hired attorney Maria Keller to pursue damages.              | true
            Der Anwalt des Herstellers, Jonas Brandt, widersprach.               | true
            Selon le PDG Hélène Dumas, la livraison est retardée.                | true
            The Northfield Transit Authority and Velo Works signed a contract.   | false
            Der Anwalt der Stadt widersprach der Forderung.                      | false
            Maria Keller visited the depot on Monday.                            | false
            L'avocat de la ville, Me Jonas Brandt, a saisi le tribunal.          | true
            Der Anwalt schrieb, dass es sehr enttäuscht von Veloras Andeutung sei. | false
            Now Velora Alpin SA, which runs the lifts, wants damages.            | false
            Quillix Werkbau AG, die Herstellerin, wird von ihrem Chef vertreten.  | false
            Its chief executive, Maria Keller, blames the resort.                | true
            """)
    void should_name_a_person_only_beside_what_the_person_is_or_does(String text, boolean namesPerson) {
        IndexedSentence sentence =
                features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));

        assertEquals(namesPerson, sentence.namesPerson(), sentence.sharedTerms().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | « C'est un non-sens », estime Me Claire Vasseur, avocate de Velora.  | true
            de | „Das ist Unsinn“, erklärte Velora-Anwältin Claire Vasseur.           | true
            en | "It is nonsense," said Claire Vasseur, the lawyer representing Velora. | true
            de | Der Anwalt schrieb, die Klage sei unbegründet.                       | false
            """)
    void should_take_a_first_name_that_is_also_a_word_for_a_name_inside_a_sentence(
            String language, String text, boolean namesPerson) {
        IndexedSentence sentence = features.analyse(
                new Sentence(0, text.length(), text), language, CompactVector.of(new float[0]), null);

        assertEquals(namesPerson, sentence.namesPerson(), sentence.sharedTerms().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fr | Pour le président Rainer Hollbach, la clause ne vise que le club, accuse l'avocate du club, Maria Keller. | ~lawyer
            de | Die Anwältin des Vereins, Maria Keller, hält dagegen.                          | ~lawyer
            de | Entdeckt hatte die Lücke die unabhängige Sicherheitsforscherin Noémie Brandt.     | ~researcher
            fr | Son président, Reto Falconi, a dénoncé les plateformes qui ignorent les chercheurs. | ~president
            """)
    void should_give_each_named_person_the_role_beside_the_name(String language, String text, String role) {
        IndexedSentence sentence = features.analyse(
                new Sentence(0, text.length(), text), language, CompactVector.of(new float[0]), null);

        assertEquals(true, sentence.personRoles().contains(role), sentence.personRoles().toString());
    }
}
