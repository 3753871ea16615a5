package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.language.LanguageLexicon;
import dev.docket.language.QuestionKind;
import org.junit.jupiter.api.Test;

/** The word-by-word English the embedding model reads for German and French text. */
final class EnglishGlossTest {

    private final EnglishGloss gloss = new EnglishGloss(LanguageLexicon.load());

    @Test
    void should_render_a_german_sentence_in_the_english_words_of_its_concepts() {
        String text = gloss.ofText("Der Anwalt der Fluggesellschaft schrieb am 4. August einen Brief an Velora.", "de");

        assertTrue(text.contains("lawyer"), text);
        assertTrue(text.contains("airline"), text);
        assertTrue(text.contains("velora"), text);
        assertTrue(text.contains("4"), text);
    }

    @Test
    void should_read_french_words_behind_an_elided_article() {
        String text = gloss.ofText("L'avocat d'Velora a écrit à l'entreprise.", "fr");

        assertTrue(text.contains("lawyer"), text);
        assertTrue(text.contains("company"), text);
        assertTrue(!text.startsWith("l "), text);
    }

    @Test
    void should_give_english_text_no_gloss() {
        assertEquals("", gloss.ofText("The lawyer wrote a letter.", "en"));
    }

    @Test
    void should_lead_a_question_gloss_with_the_english_phrase_of_its_kind() {
        String text = gloss.of("Qui est l'avocat de Velora ?", QuestionKind.PERSON);

        assertTrue(text.startsWith("who"), text);
        assertTrue(text.contains("lawyer"), text);
    }
}
