package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.language.QuestionKind;
import dev.docket.retrieval.Retrieval;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Questions as people type them: misspelled, short, in other words, or about things the articles don't cover. */
final class NaturalQuestionsTest {

    @TempDir
    static Path data;

    private static Application application;

    @BeforeAll
    static void start() {
        application = TestApplications.open(Path.of("knowledge"), data);
        application.reloader().reload();
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private static Retrieval retrieve(String question, String hint) {
        return application.extractiveAnswerer().retrieve(new Question(question, hint, "test"));
    }

    @Test
    void should_read_a_misspelled_word_as_the_word_the_articles_use() {
        Retrieval retrieval = retrieve("How many flihgts were canceled?", null);

        assertTrue(retrieval.question().searchText().contains("flights"), retrieval.question().searchText());
        assertTrue(retrieval.answerable());
    }

    @Test
    void should_search_with_the_corrected_word_not_the_misspelled_one() {
        Retrieval misspelled = retrieve("How many pasengers were afected?", null);
        Retrieval spelled = retrieve(misspelled.question().searchText(), null);

        assertEquals(spelled.sentences().get(0).sentence(), misspelled.sentences().get(0).sentence());
        assertEquals(spelled.evidence().coverage(), misspelled.evidence().coverage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            did macs crash too
            Waren Macs betroffen?
            """)
    void should_read_the_plural_of_a_word_the_articles_use_as_that_word(String question) {
        Retrieval retrieval = retrieve(question, null);

        assertTrue(retrieval.question().searchText().toLowerCase().contains("mac "), retrieval.question().searchText());
        assertTrue(retrieval.answerable(), retrieval.evidence().toString());
    }

    @Test
    void should_keep_a_real_french_or_english_word_that_is_one_letter_from_a_lexicon_word() {
        Retrieval french = retrieve("Comment faire une pâte à crêpes ?", null);
        Retrieval english = retrieve("how do i bake a cake", null);

        assertTrue(french.question().searchText().contains("faire"), french.question().searchText());
        assertFalse(french.answerable(), french.evidence().toString());
        assertTrue(english.question().searchText().contains("bake"), english.question().searchText());
        assertFalse(english.answerable(), english.evidence().toString());
    }

    @Test
    void should_keep_a_correct_word_the_articles_do_not_use_when_no_close_word_exists() {
        Retrieval retrieval = retrieve("What is the weather tomorrow?", null);

        assertTrue(retrieval.question().searchText().contains("weather"), retrieval.question().searchText());
        assertTrue(retrieval.question().unknownWords().contains("weather"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How much did the outage cost Southwest Airlines?   | en
            Quel est le salaire de George Kurtz ?              | fr
            What's the weather in Atlanta tomorrow?            | en
            Is Ed Bastian married?                             | en
            Wo wohnt Ed Bastian?                               | de
            Quelle est la nationalité de George Kurtz ?        | fr
            What happened in 2031?                             | en
            Hat Delta im Oktober geklagt?                      | de
            Quand le procès commencera-t-il ?                  | fr
            Qui défend Microsoft ?                             | fr
            Was verdient George Kurtz?                         | de
            Wo ist der Sitz von CrowdStrike?                   | de
            What did the EU decide?                            | en
            Was hat die EU-Kommission entschieden?             | de
            """)
    void should_refuse_in_the_question_language_when_the_articles_do_not_cover_what_is_asked(
            String question, String language) {
        Answer answer = application.questionHandler().handle(Question.fromCli(question));

        assertFalse(answer.answered(), answer.text());
        assertEquals(language, answer.language());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How many employees does CrowdStrike have?   | false
            wie viele Mitarbeiter hat Delta             | false
            combien de clients a crowdstrike            | false
            combien de machines ont planté              | true
            how many travelers affected                 | true
            Combien d'argent la compagnie a-t-elle perdu ? | true
            how many suitcases were lost                | false
            wie viele Koffer gingen verloren            | false
            how many windows boxes died                 | true
            How many Macs does Delta use?               | false
            """)
    void should_refuse_a_count_of_things_that_no_sentence_counts(String question, boolean answerable) {
        Retrieval retrieval = retrieve(question, null);

        assertEquals(answerable, retrieval.answerable(), retrieval.evidence().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Was meint Microsoft zu dem Ganzen?            | ganzen
            Wie viele Rechner gingen in die Knie?         | knie
            """)
    void should_not_take_a_german_common_noun_the_articles_do_not_use_for_a_name(String question, String noun) {
        Retrieval retrieval = retrieve(question, null);

        assertTrue(retrieval.question().unknownWords().contains(noun), retrieval.question().unknownWords().toString());
        assertTrue(retrieval.evidence().unknownNames().isEmpty(), retrieval.evidence().toString());
    }

    @Test
    void should_quote_the_sentence_that_states_a_figure_the_question_names() {
        Answer answer = application.questionHandler().handle(Question.fromCli("Which outlet counted 5,500 cancellations?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.citations().get(0).snippet().contains("5.500"), answer.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What is Microsoft reviewing?
            Que va examiner Microsoft ?
            """)
    void should_find_a_fact_stated_only_in_another_language_through_the_concept_lexicon(String question) {
        Answer answer = application.questionHandler().handle(Question.fromCli(question));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.citations().get(0).snippet().contains("Kernel"), answer.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Did another airline sue CrowdStrike?                        | false
            Hat noch ein anderer Softwarehersteller Delta verklagt?     | false
            did other airlines recover faster                           | true
            Warum erholten sich andere Airlines schneller?              | true
            """)
    void should_answer_about_others_of_a_kind_only_when_the_articles_speak_of_others(
            String question, boolean answerable) {
        Retrieval retrieval = retrieve(question, null);

        assertEquals(answerable, retrieval.answerable(), retrieval.evidence().toString());
    }

    @Test
    void should_quote_the_same_figure_in_the_askers_language_first() {
        Answer answer = application.questionHandler().handle(Question.fromCli("wie viel verlust"));

        assertTrue(answer.answered(), answer.text());
        String first = answer.citations().get(0).snippet();
        assertTrue(first.contains("500 Millionen Dollar") || first.contains("halben Milliarde Dollar"), answer.text());
    }

    @Test
    void should_answer_how_many_days_with_a_sentence_that_counts_days() {
        Answer answer = application.questionHandler().handle(Question.fromCli("Wie viele Tage dauerten die Flugausfälle?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.citations().get(0).snippet().contains("Tagen"), answer.text());
    }

    @Test
    void should_answer_a_question_about_a_feeling_that_the_articles_state_in_other_words() {
        Answer answer = application.questionHandler().handle(Question.fromCli("Warum ist Delta von Microsoft enttäuscht?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.citations().get(0).snippet().contains("enttäuscht"), answer.text());
    }

    @Test
    void should_lead_a_how_much_answer_with_a_total_not_an_amount_per_day() {
        Answer answer = application.questionHandler().handle(Question.fromCli("wie hoch ist der schaden"));

        assertTrue(answer.answered(), answer.text());
        assertFalse(answer.citations().get(0).snippet().contains("pro Tag"), answer.text());
    }

    @Test
    void should_refuse_a_question_that_names_something_the_articles_never_mention() {
        Retrieval retrieval = retrieve("How many flights did Southwest cancel?", null);

        assertTrue(retrieval.evidence().unknownNames().contains("southwest"), retrieval.evidence().toString());
        assertFalse(retrieval.answerable());
        assertTrue(retrieval.relevant(), "a model would still be asked");
    }

    @Test
    void should_answer_a_when_question_with_a_sentence_that_states_a_date() {
        Answer answer = application.questionHandler().handle(Question.fromCli("wann war der ausfall"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.citations().get(0).snippet().matches("(?s).*(19|July|Juli|juillet).*"), answer.text());
    }

    @ParameterizedTest
    @CsvSource({"was fordert delta, de", "avocat crowdstrike, fr"})
    void should_tell_the_language_of_a_short_question_from_the_words_its_documents_use(String question,
            String language) {
        assertEquals(language, retrieve(question, null).question().language());
    }

    @ParameterizedTest
    @CsvSource({"combien a perdu delta, fr", "wer vertritt delta, de"})
    void should_tell_the_language_of_a_short_question_from_its_question_words(String question, String language) {
        assertEquals(language, retrieve(question, null).question().language());
    }

    @ParameterizedTest
    @CsvSource({"de", "fr"})
    void should_take_the_language_of_a_question_without_function_words_from_the_hint(String hint) {
        assertEquals(hint, retrieve("delta ceo", hint).question().language());
    }

    @Test
    void should_summarize_disputed_figures_with_their_sources_in_one_line() {
        Answer answer = application.questionHandler().handle(Question.fromCli("How many flights did Delta cancel?"));

        assertTrue(answer.figureSummary() != null && answer.figureSummary().contains("[1]"), answer.toString());
        assertEquals(1, answer.figureSummary().lines().count());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wer ist der Anwald von Delta?       | anwalt
            Qui est l'avoca de Delta ?          | avocat
            Which lawer is representing Delta?  | lawyer
            How many pasengers were afected?    | affected
            """)
    void should_read_a_misspelled_word_as_the_lexicon_word_whose_concept_the_articles_state(
            String question, String read) {
        Retrieval retrieval = retrieve(question, null);

        assertTrue(retrieval.question().searchText().contains(read), retrieval.question().searchText());
        assertTrue(retrieval.evidence().unknownNames().isEmpty(), retrieval.evidence().toString());
    }

    @Test
    void should_leave_a_real_word_alone_when_a_lexicon_word_nearby_means_something_the_articles_never_state() {
        Retrieval retrieval = retrieve("Von wem stammen die Daten?", null);

        assertTrue(retrieval.question().searchText().contains("stammen"), retrieval.question().searchText());
    }

    @Test
    void should_leave_a_real_word_of_the_embedding_models_vocabulary_alone() {
        Retrieval retrieval = retrieve("Which attorney did they bring in?", null);

        assertTrue(retrieval.question().searchText().contains("bring"), retrieval.question().searchText());
    }

    @Test
    void should_answer_a_question_that_names_a_near_synonym_of_what_the_articles_state() {
        Answer answer = application.questionHandler().handle(Question.fromCli("who is the boss of crowdstrike"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.citations().get(0).snippet().contains("Kurtz"), answer.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            was hat der CEO von Delta gesagt      | says-verb forms carry no topic, whichever the inflection
            Welche Rolle hat Microsoft gespielt?   | nor do the forms of 'play a role'
            what did bastian tell cnbc             | nor does 'tell' in 'what did X tell Y'
            Was hat Bastian CNBC erzählt?          | whichever form of 'tell' the question uses
            Wie viele Systeme stürzten weltweit ab? | the crash of a separable German verb
            when was the bad update pushed         | bad is a near-synonym of faulty
            combien d'ordis ont planté             | ordi is everyday French for ordinateur
            Combien de temps a duré la panne ?     | combien de temps asks how long, not how many of something
            Hat sich der Softwarehersteller entschuldigt? | a maker is a company
            Wer führt den Sicherheitsanbieter?     | and so is a provider
            Combien de voyageurs ont vu leur vol supprimé ? | a general verb (voir) names no subject of its own
            Comment l'éditeur a-t-il réagi aux accusations ? | a French éditeur is a publisher, a company
            tell me about the crowdstrike delta fight | a fight is a dispute, a clash, a Streit
            u know how many flights got cancelled  | 'you know' in chat asks nothing of its own
            Which government department is looking into Delta's slow recovery? | slow is taking longer
            how many passengers got stranded     | being stranded is a way of being affected
            Which TV network did Bastian talk to? | talking to a broadcaster is giving it an interview
            Welcher Staranwalt wurde von Delta engagiert? | a compound of two German words is no name
            How many connections were cancelled?  | a connection is a trip, as a flight is
            la maj c quand                        | MAJ is chat French for mise à jour
            delta a perdu combien de fric          | fric is everyday French for argent
            how many bucks did delta lose         | bucks are dollars, money
            combien de passagers d'une compagnie aérienne touchés | aérien(ne) is the airline word of French
            """)
    void should_answer_a_question_in_everyday_words_the_lexicons_know(String question, String why) {
        Retrieval retrieval = retrieve(question, null);

        assertTrue(retrieval.answerable(), why + ": " + retrieval.evidence());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Which lawyer did Delta hire?
            Welchen Anwalt hat Delta engagiert?
            Wer vertritt Delta juristisch?
            who is delta's lawyer
            qui est l'avocat de delta
            Qui représente Delta ?
            Quel avocat Delta a-t-elle engagé ?
            """)
    void should_answer_a_question_about_a_role_with_a_person_of_that_role(String question) {
        Answer answer = application.questionHandler().handle(Question.fromCli(question));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.citations().get(0).snippet().contains("Boies"), answer.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            delta ceo
            anwalt crowdstrike
            """)
    void should_read_a_chat_question_of_names_and_a_role_as_asking_for_a_person(String question) {
        assertEquals(QuestionKind.PERSON, retrieve(question, null).question().kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wie heißt der Anwalt von Delta?             | PERSON
            What is the name of Delta's lawyer?         | PERSON
            Wie heißt die fehlerhafte Datei?            | NAME
            Comment s'appelle le logiciel de sécurité ? | NAME
            What is the name of the security software?  | NAME
            """)
    void should_read_a_question_for_a_name_as_asking_for_a_person_only_when_it_names_a_role(
            String question, QuestionKind kind) {
        assertEquals(kind, retrieve(question, null).question().kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Where is the maker based?          | NAME
            wo sitzt die firma                 | NAME
            Où se trouve le siège du groupe ?  | NAME
            c'est où le tribunal               | NAME
            Delta ou Microsoft a payé ?        | OTHER
            """)
    void should_read_a_where_question_as_asking_for_a_name_but_not_french_or(String question, QuestionKind kind) {
        assertEquals(kind, retrieve(question, null).question().kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            who sued crowdstrike                | NAME
            wer hat geklagt                     | NAME
            qui a fait la mise à jour ?         | NAME
            Who is the lawyer for Delta?        | PERSON
            wer ist der chef von crowdstrike    | PERSON
            """)
    void should_read_a_who_question_as_asking_for_a_person_only_when_it_names_a_role(
            String question, QuestionKind kind) {
        assertEquals(kind, retrieve(question, null).question().kind());
    }

    @Test
    void should_answer_a_who_question_with_a_sentence_that_names_a_person() {
        Answer answer = application.questionHandler().handle(
                Question.fromCli("Who is the chief executive of Delta Air Lines?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.citations().get(0).snippet().contains("Bastian"), answer.text());
    }

    @Test
    void should_not_refuse_a_question_only_because_the_articles_never_use_its_word_for_the_form_of_the_answer() {
        Retrieval retrieval = retrieve("What was the total loss for Delta?", null);

        assertTrue(retrieval.evidence().unknownConcepts().isEmpty(), retrieval.evidence().toString());
        assertTrue(retrieval.answerable());
    }

    @Test
    void should_still_refuse_a_question_about_a_subject_the_articles_never_state_whatever_its_form() {
        assertFalse(retrieve("What is the average salary at Delta?", null).answerable());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How much did the outage cost Delta?   | According to the articles:
            combien a perdu delta                 | Selon les articles :
            """)
    void should_not_announce_different_figures_when_the_sources_state_the_same_amount(String question, String intro) {
        Answer answer = application.questionHandler().handle(Question.fromCli(question));

        assertTrue(answer.text().startsWith(intro), answer.text());
        assertEquals(null, answer.figureSummary());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            explain the liability cap             | Haftung
            which tv channel interviewed bastian  | Fernsehsender
            """)
    void should_quote_the_german_sentence_that_answers_an_english_question(String question, String word) {
        Retrieval retrieval = retrieve(question, null);

        assertTrue(retrieval.answerable(), retrieval.evidence().toString());
        assertTrue(retrieval.sentences().get(0).sentence().sentence().text().contains(word),
                retrieval.sentences().get(0).sentence().sentence().text());
    }

    @Test
    void should_keep_the_best_sentence_first_when_it_states_the_kind_of_thing_a_which_question_asks_for() {
        Retrieval retrieval = retrieve("Welche US-Behörde ermittelt?", null);

        assertTrue(retrieval.sentences().get(0).sentence().sentence().text().contains("Verkehrsministerium"),
                retrieval.sentences().get(0).sentence().sentence().text());
    }

    @Test
    void should_not_lead_with_a_sentence_in_the_askers_language_that_only_shares_an_order_of_magnitude() {
        Answer answer = application.questionHandler().handle(Question.fromCli("How much does Delta invest in redundancy?"));

        assertTrue(answer.citations().get(0).snippet().contains("Redundanz"), answer.text());
    }

    @Test
    void should_leave_a_real_word_of_the_questions_language_uncorrected() {
        Retrieval retrieval = retrieve("Wie backe ich einen Apfelstrudel?", null);

        assertFalse(retrieval.question().searchText().contains("back "), retrieval.question().searchText());
        assertFalse(retrieval.answerable(), retrieval.evidence().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wann fand der Ausfall statt?|stattfand|19.
            Warum lehnt CrowdStrike die Vorwürfe ab?|ablehnt|rejects
            """)
    void should_read_a_german_verb_that_its_clause_splits_as_the_whole_verb(String question, String verb, String fact) {
        Retrieval retrieval = retrieve(question, null);
        Answer answer = application.questionHandler().handle(Question.fromCli(question));

        assertTrue(retrieval.question().searchText().contains(verb), retrieval.question().searchText());
        assertTrue(answer.answered() && answer.citations().get(0).snippet().contains(fact), answer.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Wie viele Flüge hat Delta wegen der Stöurng gestrichen?|true
            Wie viele Flüge hat American Airlines gestrichen?|false
            """)
    void should_not_take_a_misspelled_german_noun_for_an_unknown_name(String question, boolean answerable) {
        Retrieval retrieval = retrieve(question, null);

        assertEquals(answerable, retrieval.answerable(), retrieval.evidence().toString());
    }

    @Test
    void should_answer_whose_role_is_asked_when_the_question_names_both_parties() {
        Answer answer = application.questionHandler().handle(Question.fromCli("who is delta's lawyer against crowdstrike"));

        assertTrue(answer.answered() && answer.citations().get(0).snippet().contains("Boies"), answer.text());
    }

    @Test
    void should_lead_a_when_answer_with_the_date_of_what_is_asked_about() {
        Answer answer = application.questionHandler().handle(
                Question.fromCli("Quand la mise à jour défaillante a-t-elle été déployée ?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.citations().get(0).snippet().contains("July 19"), answer.text());
    }

    @Test
    void should_quote_the_holder_of_a_named_partys_role_for_a_which_question() {
        Answer answer = application.questionHandler().handle(
                Question.fromCli("Which law firm is representing CrowdStrike in the dispute?"));

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("Carlinsky"), answer.text());
    }
}
