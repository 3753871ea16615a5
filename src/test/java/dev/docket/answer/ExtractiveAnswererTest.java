package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExtractiveAnswererTest {

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

    private static Answer ask(String question) {
        return application.questionHandler().handle(Question.fromCli(question));
    }

    @Test
    void should_quote_the_loss_with_a_citation_when_asked_what_the_outage_cost() throws Exception {
        Answer answer = ask("How much did the outage cost Delta?");

        assertTrue(answer.answered());
        assertTrue(answer.text().contains("500"), answer.text());
        assertTrue(answer.text().contains("[1]"), answer.text());
        for (Citation citation : answer.citations()) {
            String file = Files.readString(Path.of(citation.source()), StandardCharsets.UTF_8);
            assertEquals(citation.snippet(), file.substring(citation.start(), citation.end()));
        }
    }

    @Test
    void should_introduce_the_answer_in_the_question_language() {
        assertEquals("de", ask("Wie viele Flüge hat Delta gestrichen?").language());
        assertTrue(ask("Combien de vols Delta a-t-elle annulés ?").text().startsWith("Les articles")
                || ask("Combien de vols Delta a-t-elle annulés ?").text().startsWith("Selon"));
    }

    @Test
    void should_refuse_and_list_the_coverage_when_the_articles_do_not_answer() {
        Answer answer = ask("What is the capital of Australia?");

        assertFalse(answer.answered());
        assertTrue(answer.citations().isEmpty());
        assertTrue(answer.text().startsWith("The articles don't answer this question."), answer.text());
    }

    @Test
    void should_refuse_with_the_limit_when_the_question_is_too_long() {
        Answer answer = ask("why ".repeat(200));

        assertFalse(answer.answered());
        assertTrue(answer.text().contains("500"), answer.text());
    }

    @Test
    void should_ask_for_a_question_when_it_is_empty() {
        Answer answer = ask(" \u200B ");

        assertFalse(answer.answered());
        assertEquals("Please ask a question: it was empty.", answer.text());
    }

    @Test
    void should_log_every_question() {
        long before = application.questionLog().count();

        ask("Who is the CEO of CrowdStrike?");

        assertEquals(before + 1, application.questionLog().count());
    }
}
