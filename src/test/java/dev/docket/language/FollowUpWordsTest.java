package dev.docket.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sentences of an article lean on the one before for whom they speak of. */
final class FollowUpWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sie möchte den Markt übernehmen.|true",
        "Its chief executive resigned on Monday.|true",
        "Der Betreiber hat Klage eingereicht.|true",
        "Geleitet wird sie von Anne Quillet, der Chefin der Abteilung.|true",
        "Am Montag hat er seinen Rücktritt erklärt.|true",
        "Selon elle, le contrat reste valable.|true",
        "On Monday, they said the contract stood.|true",
        "Die Stadt hat ihn am Montag entlassen.|false",
        "Am Montag gab es keine Züge.|false",
        "En mars, il y a eu trois pannes.|false",
        "Il y a eu trois pannes en mars.|false",
        "Il a fallu près de six heures pour tout rétablir.|false",
        "Es gibt keine Züge mehr.|false",
        "Il a promis un audit externe.|true",
        "On Monday it emerged that the trains had stopped.|false",
        "Velora hat am Montag Klage eingereicht.|false",
    })
    void should_tell_a_sentence_that_leans_on_the_one_before(String sentence, boolean leans) {
        assertEquals(leans, FollowUpWords.shipped().opensAfterAntecedent(sentence), sentence);
    }
}
