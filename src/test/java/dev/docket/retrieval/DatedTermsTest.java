package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.knowledge.Sentence;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence dates what stands near its date, so "when was the update released" prefers the release's date. */
final class DatedTermsTest {

    private final SentenceFeatures features =
            new SentenceFeatures(new FieldAnalyzers(LanguageRegistry.load(), LanguageLexicon.load(), 5));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            On 3 March Velora released the update.                                           | ~release | true
            Am 3. März veröffentlichte Velora das Update.                                    | ~publish | true
            Le 3 mars, Velora a écrit dans un blog que la panne venait d'une mise à jour publiée. | ~publish | false
            On 3 March the board met; weeks later the vendor finally released the update.    | ~release | false
            Velora released the update.                                                      | ~release | false
            """)
    void should_date_the_terms_near_a_date_and_not_those_far_from_it(String text, String term, boolean dated) {
        IndexedSentence sentence =
                features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));

        assertTrue(sentence.datedTerms().contains(term) == dated, sentence.datedTerms().toString());
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            On 3 March Velora released the update.                  | m03-3
            Velora released the update on March 3, 2025.            | m03-3
            Am 3. März veröffentlichte Velora das Update.           | m03-3
            Le 3 mars 2025, Velora a publié la mise à jour.         | m03-3
            Velora released the update in March 2025.               | -
            """)
    void should_read_the_day_a_date_states_whichever_way_it_is_written(String text, String day) {
        IndexedSentence sentence =
                features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));

        assertTrue(day.equals("-") ? sentence.dates().isEmpty() : sentence.dates().equals(Set.of(day)),
                sentence.dates().toString());
    }
}
