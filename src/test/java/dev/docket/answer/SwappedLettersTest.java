package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import dev.docket.retrieval.Retrieval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A misspelling that swaps two letters is read as the word with those letters, not one with a letter changed. */
final class SwappedLettersTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "de-test-blatt-velora-verklagt-quillix.md", """
            ---
            title: "Velora verklagt den Hersteller Quillix"
            outlet: Test-Blatt
            language: de
            date: 2026-01-20
            ---
            Die Velora AG, Betreiberin der Seilbahn, verklagt den Hersteller Quillix.

            Die Anlagen werden seit 2019 von Velora betrieben.
            """);

    @Test
    void should_read_a_swap_of_two_letters_as_the_word_with_the_same_letters() {
        Retrieval retrieval = ARTICLE.application().extractiveAnswerer()
                .retrieve(new Question("Was wirft der Hersteller dem Betrieber vor?", null, "test"));

        assertTrue(retrieval.question().searchText().contains("betreiber"), retrieval.question().searchText());
    }
}
