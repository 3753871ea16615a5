package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import dev.docket.retrieval.Retrieval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A headline's words are words of the knowledge: a question using a word only the headline has is not refused for
 * asking about something the articles never mention.
 */
final class HeadlineWordsTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "de-test-blatt-velora-verklagt-quillix.md", """
            ---
            title: "Velora verklagt Quillix wegen verdorbener Ware"
            outlet: Test-Blatt
            language: de
            date: 2026-01-20
            ---
            Die Genossenschaft Velora hat am 12. Januar 2026 beim Handelsgericht Brunnsee eine Forderung über \
            3,2 Millionen Franken gegen den Verpackungshersteller Quillix eingereicht.

            Im März hatte Velora 52.000 Kisten Saft zurückgerufen, nachdem ein Labor Schimmel gefunden hatte.

            Quillix weist jede Verantwortung zurück und verweist auf die Feuchtigkeit im Lager.
            """);

    private static Retrieval retrieve(String question) {
        return ARTICLE.application().extractiveAnswerer().retrieve(new Question(question, null, "test"));
    }

    @Test
    void should_answer_a_question_about_the_lawsuit_that_only_the_headline_calls_one() {
        Retrieval retrieval = retrieve("Wann hat Velora die Klage eingereicht?");

        assertTrue(retrieval.answerable(), retrieval.evidence().toString());
        assertTrue(retrieval.evidence().unknownConcepts().isEmpty(), retrieval.evidence().toString());
    }

    @Test
    void should_still_refuse_a_question_about_something_neither_headline_nor_text_mention() {
        Retrieval retrieval = retrieve("Wie hoch ist das Gehalt des Quillix-Chefs?");

        assertFalse(retrieval.answerable(), retrieval.evidence().toString());
    }
}
