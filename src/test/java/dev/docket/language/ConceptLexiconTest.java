package dev.docket.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules concepts.tsv states in its header hold for every line, so a word never means two concepts. */
final class ConceptLexiconTest {

    @Test
    void no_form_belongs_to_two_concepts_and_no_prefix_captures_another_concepts_form() {
        Map<String, String> exact = new HashMap<>();
        Map<String, String> prefixes = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (String[] row : LanguageData.rows("language/concepts.tsv", 2)) {
            for (String raw : row[1].split(",")) {
                String form = raw.strip();
                Map<String, String> target = form.endsWith("*") ? prefixes : exact;
                String key = form.endsWith("*") ? form.substring(0, form.length() - 1) : form;
                String before = target.put(key, row[0]);
                if (before != null && !before.equals(row[0])) {
                    clashes.add(form + " in " + before + " and " + row[0]);
                }
            }
        }
        Map<String, String> every = new HashMap<>(exact);
        every.putAll(prefixes);
        prefixes.forEach((prefix, concept) -> every.forEach((form, other) -> {
            if (form.startsWith(prefix) && !other.equals(concept)) {
                clashes.add(prefix + "* of " + concept + " captures " + form + " of " + other);
            }
        }));
        assertTrue(clashes.isEmpty(), String.join("\n", clashes));
    }

    @ParameterizedTest
    @CsvSource({"anzubieten, anbieten", "zuzugeben, zugeben"})
    void should_read_a_german_zu_infinitive_as_the_verb_without_the_infix(String infinitive, String verb) {
        LanguageLexicon lexicon = LanguageLexicon.load();

        assertTrue(lexicon.concept(verb) != null && lexicon.concept(verb).equals(lexicon.concept(infinitive)),
                infinitive + " -> " + lexicon.concept(infinitive) + ", " + verb + " -> " + lexicon.concept(verb));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de|Wann fand die Anhörung statt?|Wann stattfand die Anhörung?
            de|Warum lehnt sie das Angebot ab, sagt er?|Warum ablehnt sie das Angebot, sagt er?
            de|Wer kommt heute mit?|Wer kommt heute mit?
            en|Why did they call it off?|Why did they call it off?
            """)
    void should_put_a_separable_verb_back_together_only_where_the_whole_verb_has_a_concept(
            String language, String text, String joined) {
        assertEquals(joined, LanguageLexicon.load().withSeparableVerbsJoined(language, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            kohle        | money
            knete        | money
            braunkohle   | coal
            marketplaces | market
            folks        | people
            recuperer    |
            manif        | protest
            rouvre       | reopen
            bouteilles   | bottle
            lastwagen    | truck
            winzergenossenschaft | cooperative
            wollen       | want
            seeking      | demand
            eroffnet     | open
            gutachterin  | expert
            gutachten    | report
            wiedergutmachung | compensation
            moaning      | complaint
            festgehangen | stranded
            axed         | cancel
            pullen       | bottle
            sailings     | trip
            konzession   | license
            konzessionsgebuhr | fee
            pupils       | student
            bricked      | faulty
            gefeuert     | layoff
            foire        | fail
            uni          | university
            zoff         | dispute
            hosto        | hospital
            verlangt     | demand
            conteste     | dispute
            filed        | submit
            eingereicht  | submit
            affirme      | assert
            klausel      | clause
            plaide       | argue
            petrol       | fuel
            petroleum    | oil
            stadtwerke   | utility
            versorger    | utility
            wasserpumpen | pump
            pompes       | pump
            steuerungssoftware | software
            mieterinnen  | tenant
            omas         | elderly
            betagte      | elderly
            rollstuhle   | wheelchair
            roulante     | wheelchair
            hottest      | heat
            outfit       | company
            """)
    void should_read_a_word_as_what_people_usually_mean_by_it(String word, String concept) {
        assertEquals(concept, LanguageLexicon.load().concept(word));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            how long did the strike last   | true
            Wie lange dauerte der Streik?  | true
            Combien de temps a duré la grève ? | true
            how many days did it last      | false
            Wann begann der Streik?        | false
            """)
    void should_tell_a_question_about_a_duration(String question, boolean duration) {
        assertEquals(duration, LanguageLexicon.load().asksDuration(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            when will the court rule                   | en | true
            when's the hearing going to be             | en | true
            when did the court rule                    | en | false
            Wann wird das Urteil gefällt?              | de | true
            Wann wurde die Klage eingereicht?          | de | false
            Quand la ligne rouvrira-t-elle ?           | fr | true
            Quand les travaux seront-ils terminés ?    | fr | true
            Quand la ligne a-t-elle rouvert ?          | fr | false
            """)
    void should_tell_a_question_about_the_future(String question, String language, boolean future) {
        assertEquals(future, LanguageLexicon.load().asksFuture(question, language));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            how much did they want                 | true
            Wie viel will Velora?                  | true
            Velora veut combien ?                  | true
            how many buses were late               | false
            Wie viele Busse fielen aus?            | false
            """)
    void should_tell_a_question_about_an_amount_from_a_count(String question, boolean amount) {
        assertEquals(amount, LanguageLexicon.load().asksAmount(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How old is the mayor?                              | old    | age
            Wer hat bei Velora eigentlich das Sagen?           | sagen  | boss
            who is in charge of velora                         | charge | boss
            Which lawyer did Velora bring on board?            | board  | hire
            Wie tief musste Velora in die Tasche greifen?      | greifen | cost
            how much did velora cough up                       | up     | pay
            who runs the co-op                                 | op     | cooperative
            Wer spricht für Velora?                            | für    | spokesperson
            Qui tient les rênes de Velora ?                    | rênes  | boss
            who's the top dog at velora                        | dog    | boss
            Velora réclame combien au final ?                  | final  | total
            when's it open again                               | again  | reopen
            Ist die Bahn wieder in Betrieb?                    | betrieb | reopen
            pourquoi Velora en veut à Quillix                  | veut   | blame
            who put pen to paper for Velora                    | paper  | write
            Qui est le directeur général de Quillix ?          | general | ceo
            why was the gig called off                         | off    | cancel
            Ist das Netz im Eimer?                             | eimer  | faulty
            who made the tickets machines tho                  | made   | produce
            How long has the mayor been in office?             | office | tenure
            Wie lange ist die Direktorin schon im Amt?         | amt    | tenure
            Depuis quand est-il en poste ?                     | poste  | tenure
            how long was the site knocked out for              | out    | outage
            when was the site back online                      | online | reopen
            ab wann funktioniert wieder alles                  | wieder | reopen
            combien de gens en fauteuil                        | fauteuil | wheelchair
            how many old people were stuck                     | people | elderly
            wie viele ältere Menschen                          | menschen | elderly
            À combien s'élève le manque à gagner ?             | gagner | loss
            Wann wurde der Windpark vom Netz genommen?         | netz   | shutdown
            Combien gagne la directrice ?                      | gagne  | earn
            how much does the mayor make a year                | year   | earn
            how much is a season pass                          | pass   | ticket
            """)
    void should_read_a_phrase_as_its_own_concept(String question, String lastWord, String concept) {
        LanguageLexicon lexicon = LanguageLexicon.load();

        assertEquals(concept, lexicon.phraseConcepts(question).get(lexicon.concept(lastWord)));
    }

    @ParameterizedTest
    @CsvSource({"truc", "kerl", "schlamassel", "wrote", "dependait"})
    void should_take_chat_filler_and_general_verbs_for_no_subject_of_a_question(String word) {
        LanguageLexicon lexicon = LanguageLexicon.load();

        assertTrue(lexicon.isLightConcept(lexicon.concept(word)), lexicon.concept(word));
    }

    @ParameterizedTest
    @CsvSource({"gut", "bonne", "meilleure", "worst"})
    void should_take_a_judgement_for_no_subject_but_not_for_a_general_verb(String word) {
        LanguageLexicon lexicon = LanguageLexicon.load();

        assertTrue(lexicon.isJudgementConcept(lexicon.concept(word)), lexicon.concept(word));
        assertFalse(lexicon.isLightConcept(lexicon.concept(word)), lexicon.concept(word));
    }

    @Test
    void should_read_penned_as_written_and_stuck_travellers_as_stranded() {
        LanguageLexicon lexicon = LanguageLexicon.load();

        assertEquals("write", lexicon.concept("penned"));
        assertTrue(lexicon.related("block").contains("stranded"), lexicon.related("block").toString());
    }

    @ParameterizedTest
    @CsvSource({"built,maker", "gebaut,maker", "construit,maker", "printed,printer", "gedruckt,printer",
            "imprime,printer"})
    void should_read_what_someone_did_as_standing_for_the_one_who_does_it(String verb, String doer) {
        String concept = LanguageLexicon.load().concept(verb);

        assertTrue(LanguageLexicon.load().related(concept).contains(doer), verb + " -> " + concept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"people", "leute", "gens"})
    void should_take_a_word_for_people_in_general_for_a_general_concept(String word) {
        LanguageLexicon lexicon = LanguageLexicon.load();

        assertTrue(lexicon.isGeneralConcept(lexicon.concept(word)), lexicon.concept(word));
        assertFalse(lexicon.isGeneralConcept(lexicon.concept("passengers")), lexicon.concept("passengers"));
    }

    @Test
    void should_read_the_french_legal_phrase_for_damages_as_damages_not_as_interest() {
        LanguageLexicon lexicon = LanguageLexicon.load();

        assertEquals("damage", lexicon.phraseConcepts("Quel montant de dommages et intérêts réclame-t-elle ?")
                .get(lexicon.concept("interets")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            nom de l'exploitant stp      | NAME
            name vom betreiber pls       | NAME
            Qui parle au nom de la ville ? | PERSON
            """)
    void should_read_chat_naming_the_name_as_asking_for_a_name(String question, QuestionKind kind) {
        assertEquals(kind, LanguageLexicon.load().questionKind(question));
    }

    @ParameterizedTest
    @CsvSource({"einnahmeausfalle, loss", "ertragsausfall, loss", "einnahmen, revenue", "einnahmequellen, revenue"})
    void should_read_missed_takings_as_a_loss_and_takings_as_revenue(String word, String concept) {
        assertEquals(concept, LanguageLexicon.load().concept(word));
    }

    @ParameterizedTest
    @CsvSource({"toll, toll", "tolls, toll", "maut, toll", "cracked, crack", "crack, crack", "influencer, influencer"})
    void should_give_a_concept_its_own_english_word(String word, String concept) {
        assertEquals(concept, LanguageLexicon.load().concept(word));
    }

    @ParameterizedTest
    @CsvSource({"captain", "kapitan", "kapitanin", "capitaine", "skipper"})
    void should_read_a_ships_captain_in_any_language_as_a_role_a_who_question_asks_for(String word) {
        LanguageLexicon lexicon = LanguageLexicon.load();

        assertEquals("captain", lexicon.concept(word));
        assertTrue(lexicon.isPersonRole("captain"));
    }

    @Test
    void should_read_a_chat_how_many_as_asking_for_a_quantity() {
        assertEquals(QuestionKind.QUANTITY, LanguageLexicon.load().questionKind("hw many sailings axed"));
    }
}
