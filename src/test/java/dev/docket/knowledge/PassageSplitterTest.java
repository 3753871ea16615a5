package dev.docket.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class PassageSplitterTest {

    private final PassageSplitter splitter = new PassageSplitter(200);

    @Test
    void should_keep_exact_offsets_when_splitting_sentences() {
        String text = "Header\n\nFirst sentence here. Second one follows!\n\nA new paragraph starts.";

        List<Passage> passages = splitter.split(text, 0, "en");

        for (Passage passage : passages) {
            assertEquals(text.substring(passage.start(), passage.end()), passage.text());
            for (Sentence sentence : passage.sentences()) {
                assertEquals(text.substring(sentence.start(), sentence.end()), sentence.text());
            }
        }
        assertEquals(List.of("Header", "First sentence here. Second one follows!", "A new paragraph starts."),
                passages.stream().map(Passage::text).toList());
    }

    @Test
    void should_not_end_a_sentence_after_a_german_day_number() {
        String text = "Am 19. Juli wurde ein Update ausgesandt. Danach fiel alles aus.";

        List<Sentence> sentences = splitter.split(text, 0, "de").get(0).sentences();

        assertEquals("Am 19. Juli wurde ein Update ausgesandt.", sentences.get(0).text());
    }

    @Test
    void should_not_end_a_sentence_after_an_initial() {
        String text = "It was written by Michael B. Carlinsky in an email. Then it was sent.";

        List<Sentence> sentences = splitter.split(text, 0, "en").get(0).sentences();

        assertEquals("It was written by Michael B. Carlinsky in an email.", sentences.get(0).text());
    }

    @Test
    void should_not_end_a_sentence_after_a_title_before_a_name() {
        String text = "Die Systeme laufen wieder, wie Geschäftsführerin Dr. Anna Berg mitteilte. Danach sprach sie.";

        List<Sentence> sentences = splitter.split(text, 0, "de").get(0).sentences();

        assertEquals("Die Systeme laufen wieder, wie Geschäftsführerin Dr. Anna Berg mitteilte.",
                sentences.get(0).text());
    }

    @Test
    void should_pack_sentences_up_to_the_passage_size_when_a_paragraph_is_long() {
        String sentence = "This sentence has exactly sixty characters in it, roughly. ";
        String text = sentence.repeat(8).strip();

        List<Passage> passages = splitter.split(text, 0, "en");

        assertEquals(3, passages.size());
    }
}
