package dev.docket.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lists of concepts in language/ name only concepts the concept lexicon (concepts.tsv) has. */
final class ConceptListsTest {

    private static final LanguageLexicon LEXICON = LanguageLexicon.load();

    @ParameterizedTest
    @CsvSource({"language/claim-concepts.tsv, 2", "language/money-concepts.tsv, 2",
            "language/stance-concepts.tsv, 1", "language/light-concepts.tsv, 1", "language/judgement-concepts.tsv, 1"})
    void every_concept_of_a_list_is_a_concept_of_the_lexicon(String list, int columns) {
        Set<String> concepts = new HashSet<>();
        LanguageData.rows("language/concepts.tsv", 2).forEach(row -> concepts.add(row[0].strip()));
        for (String[] row : LanguageData.rows(list, columns)) {
            assertTrue(concepts.contains(row[0].strip()), list + " names unknown concept " + row[0]);
        }
    }

    @Test
    void should_read_wanting_as_asking_for_a_claimed_sum_in_each_language_as_its_words_say() {
        assertTrue(LEXICON.asksClaimedSum("de", "wollen"));
        assertTrue(LEXICON.asksClaimedSum("de", "will"));
        assertFalse(LEXICON.asksClaimedSum("en", "will"));
        assertTrue(LEXICON.asksClaimedSum("en", "demanding"));
        assertTrue(LEXICON.statesClaimedSum("lawsuit"));
        assertFalse(LEXICON.asksClaimedSum("en", "lawsuit"));
    }
}
