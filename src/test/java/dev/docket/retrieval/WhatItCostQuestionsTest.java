package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.answer.Question;
import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.language.QuestionKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "What did it cost" asks for an amount as "how much did it cost" does, when the articles speak of such a sum: the
 * answer leads with the sentence that states it, not the one that speaks most of the question's other words.
 */
final class WhatItCostQuestionsTest {

    @TempDir
    static Path knowledge;

    @TempDir
    static Path data;

    private static Application application;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(knowledge.resolve("en-velora.md"), """
                ---
                title: "Velora buses stay in the depot"
                language: en
                ---
                The city's new Velora buses stood idle on Monday after the city pulled all of them out of service.

                The city had spent 61 million euros on the buses, its largest order in a decade.
                """);
        Files.writeString(knowledge.resolve("de-velora.md"), """
                ---
                title: "Velora-Busse bleiben im Depot"
                language: de
                ---
                Die neuen Velora-Busse der Stadt stehen seit Montag still.

                Die Stadt hatte für die Busse 61 Millionen Euro bezahlt.
                """);
        application = TestApplications.open(knowledge, data);
        application.reloader().reload();
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What did the city pay for its new Velora buses? | en
            Was hat die Stadt für die neuen Velora-Busse bezahlt? | de
            """)
    void should_lead_with_the_sum_when_a_what_question_asks_what_was_paid(String question, String language) {
        Retrieval retrieval = application.extractiveAnswerer().retrieve(new Question(question, language, "test"));

        assertEquals(QuestionKind.QUANTITY, retrieval.question().kind());
        assertTrue(retrieval.answerable(), retrieval.evidence().toString());
        assertTrue(retrieval.sentences().get(0).sentence().sentence().text().contains("61"),
                retrieval.sentences().get(0).sentence().sentence().text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            What was the share price of Velora after the order?
            What did the city say about the Velora buses?
            """)
    void should_not_ask_for_an_amount_when_the_articles_speak_of_no_such_sum(String question) {
        Retrieval retrieval = application.extractiveAnswerer().retrieve(new Question(question, "en", "test"));

        assertEquals(QuestionKind.OTHER, retrieval.question().kind());
    }
}
