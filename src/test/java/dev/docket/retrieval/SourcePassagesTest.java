package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The passages an answerer is given (a model's sources, and what recall@5 measures): the best passages, and in the
 * last place the best one in a language none of the passages before it is in, when there is one.
 */
final class SourcePassagesTest {

    private final SentenceFeatures features =
            new SentenceFeatures(new FieldAnalyzers(LanguageRegistry.load(), LanguageLexicon.load(), 5));

    /**
     * {@code ranked}: the passages of the ranked sentences, best first, as "language#passage"; {@code given}: the five
     * passages an answerer is given.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the last place goes to the best passage in another language | en#0 en#1 en#2 en#3 en#4 en#5 de#0 fr#0 | en#0 en#1 en#2 en#3 de#0
            to a language none of the four before it is in              | en#0 de#0 en#1 en#2 de#1 fr#0           | en#0 de#0 en#1 en#2 fr#0
            a last passage in a language of its own keeps its place     | en#0 en#1 en#2 en#3 de#0 fr#0           | en#0 en#1 en#2 en#3 de#0
            each passage counts once                                    | en#0 en#0 en#1                          | en#0 en#1
            """)
    void should_give_the_best_passages_and_one_in_another_language_last(
            String behaviour, String ranked, String given) {
        List<ScoredSentence> sentences = new ArrayList<>();
        for (String passage : ranked.split(" ")) {
            sentences.add(sentence(passage, 10 - sentences.size()));
        }

        List<String> sources = new Retrieval(null, null, sentences, true, true, null).bestSentencePerPassage(5)
                .stream().map(sentence -> sentence.document().source() + "#" + sentence.passageOrdinal()).toList();

        assertEquals(Arrays.asList(given.split(" ")), sources, behaviour);
    }

    /** A sentence of passage {@code languageAndPassage} ("de#1") of a document in that language. */
    private ScoredSentence sentence(String languageAndPassage, double score) {
        String language = languageAndPassage.substring(0, languageAndPassage.indexOf('#'));
        int passage = Integer.parseInt(languageAndPassage.substring(languageAndPassage.indexOf('#') + 1));
        String text = "The vendor shipped the update.";
        SourceDocument document = new SourceDocument(language, "Title", null, language, null, null, text,
                "a".repeat(64), List.of());
        IndexedSentence indexed = features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));
        return new ScoredSentence(document, passage, indexed, 0.5, score, false);
    }
}
