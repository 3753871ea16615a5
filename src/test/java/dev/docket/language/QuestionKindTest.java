package dev.docket.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
            why were the buses late                       | OTHER
            """)
    void should_read_the_kind_from_the_earliest_question_phrase(String question, QuestionKind kind) {
        assertEquals(kind, LEXICON.questionKind(question));
    }
}
