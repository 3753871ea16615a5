package dev.docket.answer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A why-question whose best sentence restates it ("Quillix rejects all responsibility.", "On 26 March the authority
 * fined the utility ...") is answered with the sentence after it, where the party's reason stands; a cause stated
 * elsewhere about something else does not lead instead, across several articles.
 */
final class ReasonAfterRestatementTest {

    @TempDir
    static Path folder;

    private static Application application;

    @BeforeAll
    static void start() throws IOException {
        Path knowledge = Files.createDirectories(folder.resolve("knowledge"));
        Files.writeString(knowledge.resolve("de-test-blatt-velora-klagt.md"), """
            ---
            title: "Velora verklagt den Pumpenhersteller Quillix"
            outlet: Test-Blatt
            language: de
            date: 2026-03-10
            ---
            Die Stadtwerke Velora verlangen vom Pumpenhersteller Quillix 2,4 Millionen Franken Schadenersatz. \
            Während sechs Tagen mussten die Einwohner ihr Wasser abkochen.

            Die Ursache liegt bei den Dosierpumpen im Pumpwerk Lindmatt. In der Nacht auf den 19. Mai spielte \
            Quillix per Fernwartung eine neue Version der Steuerungssoftware auf.

            Quillix weist jede Verantwortung zurück. Konzernchef Anton Berger verweist auf die \
            Betriebsanleitung: Das Update habe erst nach einem Abnahmetest durch den Betreiber aktiviert werden \
            dürfen.
                """);
        Files.writeString(knowledge.resolve("en-test-review-velora.md"), """
            ---
            title: "Velora's water: who pays?"
            outlet: Test Review
            language: en
            date: 2026-03-15
            ---
            The utility of Velora is suing Quillix, the maker of its dosing pumps, for 2.4 million francs. The \
            cause, by all accounts, was a software update installed remotely at night.

            On 26 March the cantonal water authority fined the Velora utility 300,000 francs, the largest fine \
            in its history. The utility says it will appeal.

            Quillix denies any responsibility for the contamination. Lawyers say the case may turn on the \
            contract between the two parties, which dates from 2019.
                """);
        Files.writeString(knowledge.resolve("fr-test-journal-quillix.md"), """
            ---
            title: "Eau contaminée : les habitants attaquent Quillix"
            outlet: Test-Journal
            language: fr
            date: 2026-03-12
            ---
            Quelque 640 habitants de Velora ont à leur tour assigné le fabricant de pompes Quillix. Ils \
            réclament chacun 600 francs.

            Quillix rejette toute responsabilité. Son PDG, Anton Berger, affirme que la mise à jour ne devait \
            être activée qu'après un test de réception par l'exploitant.

            Le 26 mars, l'Autorité cantonale de l'eau a infligé une amende de 300 000 francs aux Services \
            industriels de Velora, la plus lourde de son histoire.

            Sa directrice, Claire Monnet, a reproché aux Services industriels de ne pas avoir averti la \
            population dans les douze heures.
                """);
        application = TestApplications.open(knowledge, folder.resolve("data"));
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
    void should_quote_the_partys_reason_after_the_short_sentence_that_restates_the_question() {
        Answer answer = ask("Warum weist der Pumpenhersteller die Verantwortung zurück?");

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("Abnahmetest"), answer.text());
    }

    @Test
    void should_quote_the_reason_after_a_long_sentence_that_only_restates_the_question() {
        Answer answer = ask("Pourquoi l'autorité de l'eau a-t-elle infligé une amende à Velora ?");

        assertTrue(answer.answered(), answer.text());
        assertTrue(answer.text().contains("douze heures"), answer.text());
    }
}
