package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The passages an answerer is given (a model's sources, and what recall@5 measures): the best passages, and in the
 * last place the best one in a language none of the passages before it is in, when there is one.
 */
final class SourcePassagesTest {

    private final SentenceFeatures features =
            new SentenceFeatures(new FieldAnalyzers(LanguageRegistry.load(), LanguageLexicon.load(), 5));

    @Test
    void should_give_the_last_place_to_the_best_passage_in_another_language() {
        List<ScoredSentence> ranked = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ranked.add(sentence("en", i, 10 - i));
        }
        ranked.add(sentence("de", 0, 3));
        ranked.add(sentence("fr", 0, 2));

        List<String> given = fiveSources(ranked);

        assertEquals(List.of("en#0", "en#1", "en#2", "en#3", "de#0"), given);
    }

    @Test
    void should_give_it_to_a_language_none_of_the_others_is_in() {
        List<ScoredSentence> ranked = List.of(sentence("en", 0, 10), sentence("de", 0, 9), sentence("en", 1, 8),
                sentence("en", 2, 7), sentence("de", 1, 6), sentence("fr", 0, 5));

        List<String> given = fiveSources(ranked);

        assertEquals(List.of("en#0", "de#0", "en#1", "en#2", "fr#0"), given);
    }

    @Test
    void should_keep_the_ranking_when_the_last_passage_is_in_a_language_of_its_own() {
        List<ScoredSentence> ranked = List.of(sentence("en", 0, 10), sentence("en", 1, 9), sentence("en", 2, 8),
                sentence("en", 3, 7), sentence("de", 0, 6), sentence("fr", 0, 5));

        List<String> given = fiveSources(ranked);

        assertEquals(List.of("en#0", "en#1", "en#2", "en#3", "de#0"), given);
    }

    @Test
    void should_count_each_passage_once() {
        List<ScoredSentence> ranked = List.of(sentence("en", 0, 10), sentence("en", 0, 9), sentence("en", 1, 8));

        List<String> given = fiveSources(ranked);

        assertEquals(List.of("en#0", "en#1"), given);
    }

    private ScoredSentence sentence(String language, int passage, double score) {
        String text = "The vendor shipped the update.";
        SourceDocument document = new SourceDocument(language, "Title", null, language, null, null, text,
                "a".repeat(64), List.of());
        IndexedSentence indexed = features.analyse(new Sentence(0, text.length(), text), CompactVector.of(new float[0]));
        return new ScoredSentence(document, passage, indexed, 0.5, score, false);
    }

    /** The five passages given for {@code ranked}, as "language#passage". */
    private static List<String> fiveSources(List<ScoredSentence> ranked) {
        return new Retrieval(null, null, ranked, true, true, null).bestSentencePerPassage(5).stream()
                .map(sentence -> sentence.document().source() + "#" + sentence.passageOrdinal()).toList();
    }
}
