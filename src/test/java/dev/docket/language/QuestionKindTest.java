package dev.docket.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The kind of answer a question wants comes from its earliest question phrase, in every language. */
final class QuestionKindTest {

    private static final LanguageLexicon LEXICON = LanguageLexicon.load();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Which agency approved the buses?              | NAME
            Welche Behörde hat die Busse zugelassen ?     | NAME
            Auf welchem Gleis fährt der Zug?              | NAME
            Quelle entreprise a livré les bus ?           | NAME
            Quel montant la ville réclame-t-elle ?        | QUANTITY
            Welchen Betrag fordert die Stadt?             | QUANTITY
            Who signed the contract?                      | PERSON
            An welchem Tag kamen die Busse?               | DATE
            How long were the buses out of service?       | QUANTITY
            Wie lange dauerte der Streik?                 | QUANTITY
            wie lang hat der streik gedauert              | QUANTITY
            What share of the buses broke down?           | QUANTITY
            What did the city say when the buses stopped? | OTHER
            Qu'a dit la ville quand les bus ont cessé ?   | OTHER
            Was the strike over when the buses came?      | OTHER
            Welcher Anteil der Busse fiel aus?            | QUANTITY
            Quelle part des bus est tombée en panne ?     | QUANTITY
            why were the buses late                       | OTHER
            Qu'est-ce qui a retardé les bus ?             | OTHER
            How big was the repair bill?                  | QUANTITY
            Qui a retardé les bus ?                       | PERSON
            C'est l'assureur qui va payer ?               | OTHER
            La ville a refusé l'offre qui était trop basse ? | OTHER
            À qui appartient le dépôt ?                   | PERSON
            le patron des bus c'est qui                   | PERSON
            il a parlé avec qui                           | PERSON
            date du rappel                                | DATE
            datum der anhörung                            | DATE
            anzahl busse kaputt                           | QUANTITY
            nombre de bus en panne                        | QUANTITY
            Auf wie vielen Linien fuhren keine Busse?     | QUANTITY
            What did the city pay for the buses?          | OTHER
            Wie teuer war die Reparatur?                  | QUANTITY
            """)
    void should_read_the_kind_from_the_earliest_question_phrase(String question, QuestionKind kind) {
        assertEquals(kind, LEXICON.questionKind(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What did the city pay for the buses?      | true
            Was hat die Reparatur gekostet?           | true
            Qu'a payé la ville pour les bus ?         | true
            Qu'est-ce que la ville a payé ?           | true
            Why did the city pay for the buses?       | false
            Which company built the buses?            | false
            Did the city say what it paid?            | false
            """)
    void should_tell_a_question_that_asks_what(String question, boolean asksWhat) {
        assertEquals(asksWhat, LEXICON.asksWhat(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            whats the co-op called tho                    | true
            What is the new bus called?                   | true
            nom du fournisseur stp                        | true
            la boîte qui livre les bus, elle s'appelle comment ? | true
            die firma heisst wie                          | true
            Why was the bus strike called off?            | false
            Who calls the shots at the depot?             | false
            Qui a écrit au nom de la ville ?              | false
            """)
    void should_tell_a_question_that_asks_what_something_is_called(String question, boolean asksTheName) {
        assertEquals(asksTheName, LEXICON.asksTheName(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How many blue buses stopped?          | blue buses
            Wie viele Busse fielen aus?           | busse fielen
            Combien d'arrêts ont été supprimés ?  | arrets ont
            combien de bus                        | bus
            Combien de temps a duré la grève ?    | ''
            How much did the repairs cost?        | ''
            Combien a coûté la réparation ?       | ''
            Bei wie vielen Kunden fiel der Strom aus? | kunden fiel
            """)
    void should_name_the_words_after_a_phrase_that_asks_for_a_count(String question, String words) {
        assertEquals(words.isEmpty() ? List.of() : List.of(words.split(" ")), LEXICON.wordsAfterCountPhrase(question, 2));
    }
}
