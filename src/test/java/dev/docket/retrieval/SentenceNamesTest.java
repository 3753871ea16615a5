package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.knowledge.Sentence;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names a sentence uses are what a "which ..." question asks for: capitalized words no lexicon knows. */
final class SentenceNamesTest {

    private final SentenceFeatures features =
            new SentenceFeatures(new FieldAnalyzers(LanguageRegistry.load(), LanguageLexicon.load(), 5));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Only machines running Velora crashed, not those on Quillix.        | velor quill
            Das Bundesamt für Zaunbau verweigerte die Zulassung.               | bunde zaunb
            The lawyer said the company will appeal.                           | ''
            Northfield signed the contract in May.                             | ''
            On Tuesday the Velora depot closed, and on Friday the city sued.   | velor
            Am Dienstag klagte Velora.                                         | velor
            """)
    void should_keep_the_capitalized_words_no_lexicon_knows_after_the_first(String text, String names) {
        IndexedSentence sentence =
                features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));

        Set<String> expected = Arrays.stream(names.split(" ")).filter(name -> !name.isEmpty())
                .collect(Collectors.toSet());
        assertEquals(expected, sentence.nameTerms());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Beim Lieferanten gibt man sich zurückhaltend.                      | de
            Aufs Gericht hofft der Anbieter.                                   | de
            Mardi, la ville a fermé le dépôt.                                  | fr
            """)
    void should_not_read_a_contraction_opening_a_sentence_as_a_name(String text, String language) {
        IndexedSentence sentence = features.analyse(
                new Sentence(0, text.length(), text), language, CompactVector.of(new float[0]), null);

        assertEquals(Set.of(), sentence.namePairs());
    }
}
