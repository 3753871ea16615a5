package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.knowledge.Sentence;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence says what its names are through the concepts beside them, so "which software" prefers "the Quillix
 * software crashed" to a sentence that names something else.
 */
final class NamedConceptsTest {

    private final SentenceFeatures features =
            new SentenceFeatures(new FieldAnalyzers(LanguageRegistry.load(), LanguageLexicon.load(), 5));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Only machines with the Quillix software crashed.                  | ~software | true
            Le logiciel Quillix a planté sur les machines.                    | ~software | true
            The software crashed on many machines, the operator Velora said.  | ~software | false
            """)
    void should_tie_a_name_to_the_concepts_beside_it(String text, String concept, boolean named) {
        IndexedSentence sentence =
                features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));

        assertTrue(sentence.namePairs().stream().anyMatch(pair -> pair.endsWith(" " + concept)) == named,
                sentence.namePairs().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Velora's lawyer wrote to the city.                    | velor ~lawyer    | true
            L'avocat de Velora a écrit à la ville.                | velor ~lawyer    | true
            The lawyer wrote to Velora about the buses of Quillix. | quill ~lawyer    | false
            """)
    void should_pair_a_name_with_the_role_beside_it(String text, String pair, boolean paired) {
        IndexedSentence sentence =
                features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));

        assertTrue(sentence.namePairs().contains(pair) == paired, sentence.namePairs().toString());
    }
}
