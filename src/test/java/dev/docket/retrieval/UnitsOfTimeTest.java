package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A number's unit of time is kept as a span the sentence measures, not as a term; the articles still speak of that
 * unit, so a question using it ("a three-day pass", "Tagespass") asks about nothing they never mention.
 */
final class UnitsOfTimeTest {

    private final SentenceFeatures features =
            new SentenceFeatures(new FieldAnalyzers(LanguageRegistry.load(), LanguageLexicon.load(), 5));

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Its 70 riggers spent twelve days on the job.            | en | tages | true
            Die Monteure arbeiteten zwölf Tage an der Bühne.        | de | day   | true
            Les ouvriers ont travaillé douze jours sur le chantier. | fr | jour  | true
            Its 70 riggers spent twelve days on the job.            | en | hours | false
            The stage was built in Fellbrück by 70 riggers.         | en | days  | false
            """)
    void should_know_the_units_the_articles_measure_spans_of_time_in(
            String text, String language, String questionWord, boolean measured) {
        IndexedSentence sentence = features.analyse(
                new Sentence(0, text.length(), text), language, CompactVector.of(new float[0]), null);
        SourceDocument document = new SourceDocument(language, "Title", null, language, null, null, text,
                "a".repeat(64), List.of());
        KnowledgeIndex index = new KnowledgeIndex(List.of(document),
                List.of(new IndexedPassage(document, null, null, List.of(sentence))), null, Map.of(), 1, Map.of());

        assertEquals(measured, index.measuresTimeIn(LanguageLexicon.load().concept(questionWord)),
                sentence.durations().toString());
    }
}
