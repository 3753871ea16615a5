package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A quote that opens with a pronoun standing for a party the sentence before names ("Sie möchte ..."), or with a
 * kind of organisation ("Der Betreiber hat ..."), comes with that sentence, so the answer says who.
 */
final class PronounLeadTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "de-test-blatt-velora-verliert-lizenz.md", """
            ---
            title: "Velora verliert die Lizenz in Brunnsee"
            outlet: Test-Blatt
            language: de
            date: 2026-01-20
            ---
            Der Gemeinderat von Brunnsee hat dem Verleiher Velora die Lizenz für 600 Leihvelos entzogen.

            Ein Konkurrent steht schon bereit. Die Firma Quillix aus Talheim hat sich am Montag beworben. Sie möchte \
            den Markt in Brunnsee übernehmen und dort 300 Velos an festen Stationen anbieten.

            Velora will gegen den Entscheid klagen.

            Velora gibt nicht auf. Der Betreiber hat beim Verwaltungsgericht Beschwerde eingereicht.
            """);

    private static Answer ask(String question) {
        return ARTICLE.application().questionHandler().handle(Question.fromCli(question));
    }

    @Test
    void should_quote_the_sentence_naming_the_party_a_leading_pronoun_stands_for() {
        Answer answer = ask("Wer möchte den Markt in Brunnsee übernehmen?");

        assertTrue(answer.answered(), answer.text());
        String first = answer.citations().get(0).snippet();
        assertTrue(first.contains("Quillix") && first.contains("möchte den Markt"), answer.text());
    }

    @Test
    void should_quote_the_sentence_naming_the_party_a_leading_kind_of_organisation_stands_for() {
        Answer answer = ask("wer hat beschwerde eingereicht");

        assertTrue(answer.answered(), answer.text());
        String first = answer.citations().get(0).snippet();
        assertTrue(first.contains("Velora") && first.contains("Beschwerde eingereicht"), answer.text());
    }
}
