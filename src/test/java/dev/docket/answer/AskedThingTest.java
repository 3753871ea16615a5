package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.OneArticleApplication;
import dev.docket.retrieval.Retrieval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sentence quoted first states the very thing asked: what "how many" counts, the party a "who" asks for. */
final class AskedThingTest {

    @RegisterExtension
    static final OneArticleApplication ARTICLE = new OneArticleApplication(
            "en-test-wire-velora-sues-quillix.md", """
            ---
            title: "Velora takes Quillix to court over spoiled stock"
            outlet: Test Wire
            language: en
            date: 2026-01-20
            ---
            The cooperative Velora recalled 52,000 crates of juice in March, the equivalent of some 900 \
            hectolitres, after a laboratory found mould in the stock.

            Anna Berg, a spokeswoman for the supplier Quillix, said the humidity in the storage hall reached 85 \
            percent for weeks.

            On 12 January 2026 the cooperative filed its lawsuit against Quillix at the Commercial Court of \
            Brunnsee, seeking 3.2 million francs.

            Quillix, a packaging maker, built the cooling hall in 2019.

            Velora has bought its crates from Quillix since 2011.
            """);

    private static Retrieval retrieve(String question) {
        return ARTICLE.application().extractiveAnswerer().retrieve(new Question(question, null, "test"));
    }

    private static String firstSentence(Retrieval retrieval) {
        return retrieval.sentences().get(0).sentence().sentence().text();
    }

    @Test
    void should_lead_with_the_count_of_the_word_asked_for_even_when_the_lexicon_does_not_know_it() {
        Retrieval retrieval = retrieve("How many hectolitres of juice were affected by the mould?");

        assertTrue(firstSentence(retrieval).contains("900 hectolitres"), firstSentence(retrieval));
    }

    @Test
    void should_not_refuse_a_question_for_filing_a_lawsuit_in_articles_that_keep_no_files() {
        Retrieval retrieval = retrieve("In which court did the cooperative file its lawsuit?");

        assertTrue(retrieval.answerable(), retrieval.evidence().toString());
        assertTrue(firstSentence(retrieval).contains("Commercial Court"), firstSentence(retrieval));
    }

    @Test
    void should_answer_who_did_something_with_the_organisation_that_did_it() {
        Retrieval retrieval = retrieve("who built the cooling hall");

        assertTrue(firstSentence(retrieval).contains("built the cooling hall"), firstSentence(retrieval));
    }
    @Test
    void should_answer_a_count_the_articles_give_when_an_unknown_word_only_says_why() {
        Retrieval retrieval = retrieve("How many crates were recalled because of the cooling failures?");

        assertTrue(retrieval.answerable(), retrieval.evidence().toString());
        assertTrue(firstSentence(retrieval).contains("52,000 crates"), firstSentence(retrieval));
    }

    @Test
    void should_still_refuse_a_count_of_something_the_articles_never_count() {
        Retrieval retrieval = retrieve("How many employees did Quillix lay off?");

        assertFalse(retrieval.answerable(), retrieval.evidence().toString());
    }
    @Test
    void should_answer_a_when_question_with_the_date_of_what_it_asks_about_despite_an_unknown_word() {
        Retrieval retrieval = retrieve("When was the lawsuit over the cooling failures filed?");

        assertTrue(retrieval.answerable(), retrieval.evidence().toString());
        assertTrue(firstSentence(retrieval).contains("12 January"), firstSentence(retrieval));
    }
    @Test
    void should_answer_how_much_money_whatever_slang_the_question_counts_it_in() {
        Retrieval retrieval = retrieve("combien de fric Velora veut récupérer auprès de Quillix ?");

        assertTrue(retrieval.answerable(), retrieval.evidence().toString());
        assertTrue(firstSentence(retrieval).contains("3.2 million francs"), firstSentence(retrieval));
    }
    @Test
    void should_read_an_amount_asked_for_as_a_sum_of_money() {
        Retrieval retrieval = retrieve("Quel montant la coopérative réclame-t-elle ?");

        assertTrue(firstSentence(retrieval).contains("3.2 million francs"), firstSentence(retrieval));
    }
    @ParameterizedTest
    @ValueSource(strings = {"how much does Velora want from Quillix", "wie viel will Velora von Quillix",
            "Velora veut combien ?"})
    void should_answer_how_much_with_a_sum_not_with_a_count_of_something_else(String question) {
        Retrieval retrieval = retrieve(question);

        assertTrue(firstSentence(retrieval).contains("3.2 million francs"), firstSentence(retrieval));
    }

    @ParameterizedTest
    @ValueSource(strings = {"when did it happen", "quand est-ce arrivé", "wann war das genau"})
    void should_answer_when_it_happened_with_the_day_the_articles_state_most(String question) {
        Retrieval retrieval = retrieve(question);

        assertTrue(retrieval.answerable(), retrieval.evidence().toString());
        assertTrue(firstSentence(retrieval).contains("12 January"), firstSentence(retrieval));
    }

    @ParameterizedTest
    @ValueSource(strings = {"since when has Velora bought crates from Quillix",
            "Seit wann kauft Velora Kisten bei Quillix?", "depuis quand Velora achète ses caisses chez Quillix"})
    void should_answer_since_when_with_the_year_it_began(String question) {
        Retrieval retrieval = retrieve(question);

        assertTrue(retrieval.answerable(), retrieval.evidence().toString());
        assertTrue(firstSentence(retrieval).contains("since 2011"), firstSentence(retrieval));
    }
}
