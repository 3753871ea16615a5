package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import dev.docket.knowledge.Sentence;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class SharedTermAnalysisTest {

    private final SentenceFeatures features = new SentenceFeatures(new FieldAnalyzers(LanguageRegistry.load(), LanguageLexicon.load(), 5));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            more than 6,000 flights  | mehr als 6.000 Flüge  | 6000
            on July 19               | am 19. Juli           | m07
            8.5 million systems      | 8,5 millions          | 8.5
            500 million dollars      | 500 Millionen Dollar  | million
            over five days           | cinq jours            | 5
            """)
    void should_give_the_same_term_in_every_language(String first, String second, String term) {
        Set<String> firstTerms = features.sharedTerms(first);
        Set<String> secondTerms = features.sharedTerms(second);

        assertTrue(firstTerms.contains(term), firstTerms.toString());
        assertTrue(secondTerms.contains(term), secondTerms.toString());
    }

    @ParameterizedTest
    @CsvSource({"How many flights were cancelled?", "Wie viele Flüge wurden gestrichen?"})
    void should_drop_question_words(String question) {
        Set<String> terms = features.sharedTerms(question);

        assertEquals(2, terms.size(), terms.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            It may have contributed to the extended outage.   | false
            The update shipped on July 19.                   | false
            More than 6,000 flights were cancelled.          | true
            Die Haftung ist auf einen Betrag im einstelligen Millionenbereich begrenzt. | true
            """)
    void should_see_a_quantity_only_where_a_sentence_states_an_amount(String text, boolean quantity) {
        IndexedSentence sentence = features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));

        assertEquals(quantity, sentence.hasNumber(), sentence.sharedTerms().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de|Am Abend sagte die Stadt das Fest ab, kurz vor Beginn.|true
            en|The city called the festival off.|false
            """)
    void should_read_the_verb_a_german_clause_splits_as_the_whole_verb(String language, String text, boolean cancel) {
        IndexedSentence sentence = features.analyse(
                new Sentence(0, text.length(), text), language, CompactVector.of(new float[0]), null);

        assertEquals(cancel, sentence.sharedTerms().contains("~cancel"), sentence.sharedTerms().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            précise la porte-parole de la ville|~spokesperson|porte
            the e-mail of the city|~email|mail
            """)
    void should_read_a_hyphenated_form_of_the_lexicon_as_one_word(String text, String concept, String part) {
        Set<String> terms = features.sharedTerms(text);

        assertTrue(terms.contains(concept), terms.toString());
        assertTrue(terms.stream().noneMatch(term -> term.startsWith(part)), terms.toString());
    }
}
