package dev.docket.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Passages and sentences cut from their document's text read and compare as ones that hold their own. */
final class DocumentSlicesTest {

    private static final String DOCUMENT = "Title line.\n\nThe first sentence. The second one follows.\n";

    @Test
    void should_give_the_exact_text_of_the_document_between_the_offsets() {
        int start = DOCUMENT.indexOf("The first");
        int middle = DOCUMENT.indexOf(" The second");
        int end = DOCUMENT.indexOf("\n", middle);
        Sentence first = Sentence.in(DOCUMENT, start, middle);
        Sentence second = Sentence.in(DOCUMENT, middle + 1, end);

        Passage passage = Passage.in(DOCUMENT, 1, start, end, List.of(first, second));

        assertEquals("The first sentence. The second one follows.", passage.text());
        assertEquals("The second one follows.", passage.sentences().get(1).text());
    }

    @Test
    void should_equal_a_passage_that_holds_its_own_text() {
        int start = DOCUMENT.indexOf("The first");
        int end = DOCUMENT.indexOf(" The second");
        Sentence cut = Sentence.in(DOCUMENT, start, end);
        Sentence held = new Sentence(start, end, "The first sentence.");

        assertEquals(held, cut);
        assertEquals(held.hashCode(), cut.hashCode());
        assertEquals(new Passage(0, start, end, "The first sentence.", List.of(held)),
                Passage.in(DOCUMENT, 0, start, end, List.of(cut)));
    }

    @Test
    void should_refuse_offsets_outside_the_document() {
        assertThrows(IllegalArgumentException.class, () -> Sentence.in(DOCUMENT, 10, DOCUMENT.length() + 1));
        assertThrows(IllegalArgumentException.class, () -> Passage.in(DOCUMENT, 0, 5, 2, List.of()));
    }
}
