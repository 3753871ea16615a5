package dev.docket.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Answer;
import dev.docket.answer.Question;
import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.retrieval.Retrieval;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The made-up case files from the third on ({@code src/test/resources/third-case}: a festival organiser and its
 * insurer; {@code fourth-case}: a confectioner's recall and a supermarket chain; {@code fifth-case}: a ski resort and
 * a cable-car maker; {@code sixth-case}: a rail operator and a train maker; {@code seventh-case}: a ticketing
 * platform's crashed pre-sale; {@code eighth-case}: a hospital group's ransomware attack and its IT provider;
 * {@code ninth-case}: a football club and its shirt sponsor; {@code tenth-case}: a delivery app's data leak and its
 * fine; {@code eleventh-case}: passengers stranded in a gondola and a lawsuit against its maker; {@code
 * twelfth-case}: a wine cooperative's tainted corks and its cork supplier; {@code thirteenth-case}: a city's late
 * bridge and the consortium that built it; {@code fourteenth-case}: a town's water utility and the chemical plant
 * whose spill reached its intake; {@code fifteenth-case}: an e-scooter operator and the city that withdrew its
 * licence; {@code sixteenth-case}: a dairy cooperative and the supermarket chain that dropped its milk; {@code
 * seventeenth-case}: a ski resort and the maker of its gondola lift; {@code eighteenth-case}: a district-heating
 * utility and its boiler maker; {@code nineteenth-case}: a publisher and the printer of its novel; {@code
 * twentieth-case}: a ferry company and the maker of its booking software; {@code twenty-first-case}: a savings bank
 * and the host of its data centre; {@code twenty-second-case}: an airport and the supplier of its baggage system;
 * {@code twenty-third-case}: a telecom operator whose network change cut the emergency number; {@code
 * twenty-fourth-case}: a retail chain and the maker of its payroll software; {@code twenty-fifth-case}: an online
 * grocer and the supplier of its warehouse robots; {@code twenty-sixth-case}: a cinema chain and the maker of its
 * projectors; {@code twenty-seventh-case}: a university and the supplier of its online exam platform; {@code
 * twenty-eighth-case}: a hotel group and the provider of its reservation software; {@code twenty-ninth-case}: a water
 * utility and the supplier of its smart meters; {@code thirtieth-case}: a ferry operator and its ticketing provider;
 * {@code thirty-first-case}: a grocery chain and the vendor of its trucks' temperature control; {@code
 * thirty-second-case}: a hospital network and the provider of its payroll software; {@code thirty-third-case}: a
 * postal operator and the supplier of its parcel-sorting robots; {@code thirty-fourth-case}: a chain of petrol
 * stations and its card-payment processor; {@code thirty-fifth-case}: an energy cooperative's wind park and the maker
 * of its gearboxes; {@code thirty-sixth-case}: a water utility and the maker of its chlorine dosing pumps; {@code
 * thirty-seventh-case}: an education ministry and the provider of its online exam platform; {@code
 * thirty-eighth-case}: a housing authority and the maker of its lifts' remote-maintenance software; {@code
 * thirty-ninth-case}: a football federation and the supplier of a stadium's floodlights; {@code fortieth-case}: a
 * city and the supplier of its traffic-signal software; {@code forty-first-case}: pharmacies and the operator of an
 * e-prescription platform; {@code forty-second-case}: a telecom operator and the maker of its home routers; {@code
 * forty-third-case}: a concert promoter and the builder of a stadium's fabric roof; {@code forty-fourth-case}: a
 * regional rail operator and the supplier of its interlocking software; {@code forty-fifth-case}: a city and the
 * cloud backup provider whose data centre burned; {@code forty-sixth-case}: a toll-road operator and the maker of its
 * licence-plate cameras; {@code forty-seventh-case}: a chocolate maker and the supplier of its cocoa butter; {@code
 * forty-eighth-case}: an offshore wind-farm operator and the maker of its rotor blades; {@code forty-ninth-case}: a
 * city and the maker of its school-bus routing app; {@code fiftieth-case}: a festival promoter and the builder of
 * its stage; {@code fifty-first-case}: a grain cooperative and the contractor that repaired its silo; {@code
 * fifty-second-case}: a transit authority and the maker of its electric buses; {@code fifty-third-case}: a lending
 * foundation and the museum whose climate control failed; {@code fifty-fourth-case}: a farmers' cooperative and the
 * maker of a contaminated fertilizer; {@code fifty-fifth-case}: a city and the consortium that built its late tram
 * line; {@code fifty-sixth-case}: a river-cruise line and the caterer it blames for an outbreak on board; {@code
 * fifty-seventh-case}: a tour promoter and the ticketing platform that sold seats twice; {@code fifty-eighth-case}: a
 * housing cooperative and the maker of its smart locks): development
 * sets for generality. Unlike the second case file they may be tuned on; their questions were written from the
 * topic alone, before their articles.
 * Each floor is the case file's score at the end of session 23 minus 5 points (third 81.2%, 60.4% when it was
 * written; fourth 89.6%, 66.7%; fifth 93.8%, 77.1%; sixth 79.2%, 58.3%; seventh 83.3%, 70.8%; eighth 77.1%, 52.1%;
 * ninth 79.2%, 70.8%; tenth 85.4%, 70.8%; eleventh 81.2%, 60.4%; twelfth 75.0%, 62.5%; thirteenth 83.3%, 64.6%;
 * fourteenth 68.8%, 56.2%; fifteenth 77.1%, 64.6%; sixteenth 70.8%, 58.3%; seventeenth 68.8%, 58.3%; eighteenth
 * 77.1%, 54.2%; nineteenth 70.8%, 62.5%; twentieth 77.1%, 58.3%; twenty-first 62.5%, 60.4%; twenty-second 72.9%,
 * 66.7%; twenty-third 70.8%, 64.6%; twenty-fourth 64.6%, 60.4%; twenty-fifth 77.1%, 68.8%; twenty-sixth 60.4%, 54.2%;
 * twenty-seventh 66.7%, 54.2%; twenty-eighth 58.3%, 45.8%; twenty-ninth 77.1%, 68.8%; thirtieth 72.9%, 72.9%;
 * thirty-first 72.9%, 72.9%; thirty-second 85.4%, 79.2%; thirty-third 64.6%, 54.2%; thirty-fourth 72.9%, 56.2%;
 * thirty-fifth 66.7%, 66.7%; thirty-sixth 81.2%, 70.8%; thirty-seventh 52.1%, 52.1%; thirty-eighth 79.2%, 66.7%;
 * thirty-ninth 64.6%, 64.6%; fortieth 81.2%, 72.9%; forty-first 75.0%, 75.0%); the forty-second's and forty-third's
 * are their scores at the end of session 24 minus 5 (79.2%, 68.8% when written; 64.6%, 62.5%); the forty-fourth's
 * and forty-fifth's their scores at the end of session 25 minus 5 (83.3%, 75.0% when written; 68.8%, 68.8%); the
 * forty-sixth's and forty-seventh's their scores at the end of session 26 minus 5 (79.2%, 77.1% when written; 68.8%,
 * 68.8%); the forty-eighth's and forty-ninth's their scores at the end of session 27 minus 5 (72.9%, 72.9% when
 * written; 72.9%, 72.9%); the fiftieth's and fifty-first's their scores at the end of session 28 minus 5 (72.9%,
 * 62.5% when written; 79.2%, 62.5%); the fifty-second's and fifty-third's their scores at the end of session 29
 * minus 5 (66.7%, 66.7% when written; 70.8%, 66.7%); the fifty-fourth's and fifty-fifth's their scores at the end of
 * session 30 minus 5 (60.4%, 75.0% when written; 62.5%, 75.0%); the fifty-sixth's and fifty-seventh's their scores
 * at the end of session 32 minus 5 (77.1%, 60.4% when written; 81.2%, 60.4%); the fifty-eighth's its score when
 * written, in session 33, minus 5 (75.0%).
 */
final class DevelopmentCaseFilesTest {

    private static final Path CASE_FILE = caseFolder("third-case");

    @TempDir
    static Path data;

    private static Application application;

    @BeforeAll
    static void start() {
        application = TestApplications.open(CASE_FILE.resolve("knowledge"), data);
        application.reloader().reload();
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    private static Path caseFolder(String folder) {
        return Path.of("src", "test", "resources", folder);
    }

    /** An application over another case file's knowledge, loaded. */
    private static Application openCaseFile(String folder, Path data) {
        Application other = TestApplications.open(caseFolder(folder).resolve("knowledge"), data);
        other.reloader().reload();
        return other;
    }

    @Test
    void should_stay_above_the_floor_when_the_third_case_file_is_evaluated() {
        EvaluationReport report = new Evaluator(application.questionHandler(), application.extractiveAnswerer())
                .run(EvaluationSet.read(CASE_FILE.resolve("questions.yaml")));

        System.out.print("third case file\n" + report.describe(true));
        assertTrue(report.overall() >= 0.76, report.describe(true));
    }

    @ParameterizedTest
    @CsvSource({"fourth-case, 0.84", "fifth-case, 0.88", "sixth-case, 0.74", "seventh-case, 0.78",
            "eighth-case, 0.72", "ninth-case, 0.74", "tenth-case, 0.80", "eleventh-case, 0.76", "twelfth-case, 0.70",
            "thirteenth-case, 0.78", "fourteenth-case, 0.63", "fifteenth-case, 0.72", "sixteenth-case, 0.65",
            "seventeenth-case, 0.63", "eighteenth-case, 0.72", "nineteenth-case, 0.65", "twentieth-case, 0.72",
            "twenty-first-case, 0.57", "twenty-second-case, 0.67", "twenty-third-case, 0.65",
            "twenty-fourth-case, 0.59", "twenty-fifth-case, 0.72", "twenty-sixth-case, 0.55",
            "twenty-seventh-case, 0.61", "twenty-eighth-case, 0.53", "twenty-ninth-case, 0.72",
            "thirtieth-case, 0.67", "thirty-first-case, 0.67", "thirty-second-case, 0.80", "thirty-third-case, 0.59",
            "thirty-fourth-case, 0.67", "thirty-fifth-case, 0.61",
            "thirty-sixth-case, 0.76", "thirty-seventh-case, 0.47",
            "thirty-eighth-case, 0.74", "thirty-ninth-case, 0.59",
            "fortieth-case, 0.76", "forty-first-case, 0.70", "forty-second-case, 0.74", "forty-third-case, 0.59",
            "forty-fourth-case, 0.78", "forty-fifth-case, 0.63",
            "forty-sixth-case, 0.74", "forty-seventh-case, 0.63",
            "forty-eighth-case, 0.67", "forty-ninth-case, 0.67",
            "fiftieth-case, 0.74", "fifty-first-case, 0.57",
            "fifty-second-case, 0.65", "fifty-third-case, 0.61",
            "fifty-fourth-case, 0.57", "fifty-fifth-case, 0.70",
            "fifty-sixth-case, 0.76", "fifty-seventh-case, 0.55",
            "fifty-eighth-case, 0.70"})
    void should_stay_above_the_floor_when_another_case_file_is_evaluated(
            String folder, double floor, @TempDir Path otherData) {
        try (Application other = openCaseFile(folder, otherData)) {
            EvaluationReport report = new Evaluator(other.questionHandler(), other.extractiveAnswerer())
                    .run(EvaluationSet.read(caseFolder(folder).resolve("questions.yaml")));

            System.out.print(folder + "\n" + report.describe(true));
            assertTrue(report.overall() >= floor, report.describe(true));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            How old is the mayor of Mornay?|false
            Wie alt ist der Bürgermeister von Mornay?|false
            Hat jemand ein gutes Rezept für Apfelkuchen?|false
            Wer ist der Gemeindepräsident von Mornay?|true
            """)
    void should_refuse_an_age_or_a_recipe_but_answer_a_mayor_by_any_name(String question, boolean answered) {
        Answer answer = application.questionHandler().handle(Question.fromCli(question));

        assertEquals(answered, answer.answered(), answer.text());
    }

    @Test
    void should_not_correct_a_word_into_one_that_only_articles_in_another_language_use() {
        Retrieval retrieval = application.extractiveAnswerer()
                .retrieve(new Question("c'est quoi la recette de la tarte tatin ?", null, "test"));

        assertTrue(retrieval.question().searchText().contains("tatin"), retrieval.question().searchText());
        assertFalse(retrieval.question().searchText().contains("tatig"), retrieval.question().searchText());
    }

    @Test
    void should_quote_the_sentence_that_explains_a_short_best_sentence_by_referring_back_to_it() {
        Answer answer = application.questionHandler().handle(Question.fromCli("Was steht in Klausel 7.3?"));

        assertTrue(answer.answered() && answer.citations().size() >= 2, answer.text());
        assertTrue(answer.citations().get(1).snippet().startsWith("Sie "), answer.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            fourth-case | Combien de produits Brunnfeld ont été rappelés ? | 23 
            sixth-case  | Wie viele der 22 Züge sind derzeit außer Betrieb? | neun der 22
            fourth-case | Wer hat bei Marvelo eigentlich das Sagen? | Kessler
            sixth-case  | Wer hat bei der Lumeris Regionalbahn eigentlich das Sagen? | Reuter
            sixth-case  | Qui est l'avocat de Kovacs Rolling Stock dans ce litige ? | Vasseur
            sixth-case  | how long were the trains late? | seven months / sieben Monate / sept mois
            seventh-case | qui dirige la plateforme ? | Marquardt
            """)
    void should_lead_with_the_sentence_that_states_what_is_asked(
            String folder, String question, String expected, @TempDir Path otherData) {
        try (Application other = openCaseFile(folder, otherData)) {
            Answer answer = other.questionHandler().handle(Question.fromCli(question));

            assertTrue(answer.answered(), answer.text());
            String lead = answer.citations().get(0).snippet();
            assertTrue(Arrays.stream(expected.split(" / ")).anyMatch(lead::contains), answer.text());
        }
    }
}
