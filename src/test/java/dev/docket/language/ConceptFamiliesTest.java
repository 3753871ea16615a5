package dev.docket.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The concept families (concept-families.tsv) join near-synonyms of the concept lexicon, and only concepts it has. */
final class ConceptFamiliesTest {

    private static final LanguageLexicon LEXICON = LanguageLexicon.load();

    @Test
    void every_concept_of_a_family_is_a_concept_of_the_lexicon() {
        Set<String> concepts = new HashSet<>();
        LanguageData.rows("language/concepts.tsv", 2).forEach(row -> concepts.add(row[0].strip()));
        for (String[] family : LanguageData.rows("language/concept-families.tsv", 2)) {
            for (String concept : family[1].split(",")) {
                assertTrue(concepts.contains(concept.strip()), family[0] + " names unknown concept " + concept);
            }
        }
    }

    @Test
    void should_relate_each_concept_of_a_family_to_the_others_but_not_to_itself() {
        Set<String> related = LEXICON.related("boss");
        assertTrue(related.contains("ceo"));
        assertFalse(related.contains("boss"));
        assertTrue(LEXICON.related("ceo").contains("boss"));
    }

    @Test
    void should_relate_a_botch_to_an_error_an_alarm_to_a_warning_and_a_claim_to_what_is_wanted() {
        assertTrue(LEXICON.related("botch").contains("error"));
        assertTrue(LEXICON.related("alarm").contains("warn"));
        assertTrue(LEXICON.related("warn").contains("threaten"));
        assertTrue(LEXICON.related("want").contains("claim"));
    }

    @Test
    void should_leave_a_concept_whose_absence_makes_a_question_unanswerable_without_family() {
        for (String concept : List.of("salary", "verdict", "age", "founder")) {
            assertEquals(Set.of(), LEXICON.related(concept), concept);
        }
    }

    @Test
    void should_give_a_closed_compound_the_concept_of_its_head() {
        assertEquals("ministry", LEXICON.concept("gesundheitsministerium"));
        assertEquals("update", LEXICON.concept("sicherheitsupdate"));
        assertEquals("station", LEXICON.concept("workstation"));
        assertEquals(null, LEXICON.concept("velostrike"));
        assertEquals("loss", LEXICON.concept("verlustes"));
        assertEquals(null, LEXICON.concept("zaunbau"));
    }

    @Test
    void every_concept_of_a_general_word_is_a_concept_of_the_lexicon() {
        Set<String> concepts = new HashSet<>();
        LanguageData.rows("language/concepts.tsv", 2).forEach(row -> concepts.add(row[0].strip()));
        for (String[] row : LanguageData.rows("language/general-concepts.tsv", 3)) {
            for (String concept : (row[0] + "," + row[1] + "," + row[2]).split(",")) {
                assertTrue(concepts.contains(concept.strip()), row[0] + " names unknown concept " + concept);
            }
        }
    }

    @Test
    void should_relate_a_guard_to_security_staff() {
        assertTrue(LEXICON.related("guard").contains("security"));
        assertTrue(LEXICON.related("security").contains("guard"));
    }

    @Test
    void should_read_a_person_as_general_as_people() {
        assertTrue(LEXICON.isGeneralConcept("person"));
        assertTrue(LEXICON.countedAs("person", Set.of("stranded")).contains("passenger"));
        assertEquals(Set.of(), LEXICON.countedAs("person", Set.of("work")));
    }

    @Test
    void should_count_people_as_passengers_unless_the_question_asks_who_works_there() {
        assertTrue(LEXICON.countedAs("people", Set.of("stranded")).contains("passenger"));
        assertEquals(Set.of(), LEXICON.countedAs("people", Set.of("work")));
        assertEquals(Set.of(), LEXICON.countedAs("passenger", Set.of()));
        assertFalse(LEXICON.related("passenger").contains("people"));
    }
}
