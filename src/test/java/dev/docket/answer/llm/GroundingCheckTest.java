package dev.docket.answer.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.figures.FigureLexicon;
import dev.docket.figures.FigureReader;
import dev.docket.language.LanguageLexicon;
import dev.docket.knowledge.Passage;
import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class GroundingCheckTest {

    private static final GroundingCheck CHECK =
            new GroundingCheck(new FigureReader(FigureLexicon.load(LanguageLexicon.load())));
    private static final List<NumberedSource> SOURCES = List.of(
            source(1, "en", "Factory fire", "2021-03-10",
                    "The maker halted more than 2,000 shipments. It puts its losses at $300 million over four days."),
            source(2, "de", "Streit um Brand", null,
                    "Am 3. März fielen 1,5 Millionen Geräte aus. Der Schaden betrage 300 Millionen Dollar. "
                            + "Die Haftung ist auf einen Betrag im einstelligen Millionenbereich begrenzt."));

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The maker lost **$300M** over four days [1].
            de | Der Hersteller stoppte mehr als 2.000 Lieferungen [1].
            fr | Le fabricant a bloqué plus de 2 000 livraisons. [1]
            fr | Le fabricant a bloqué plus de 2\u2009000 livraisons [1].
            fr | Le fabricant a bloqué plus de 2\u202f000 livraisons [1].
            en | About 1.5m devices failed on March 3 [2].
            en | About 1.5 million devices failed. [2]
            fr | Environ 1,5 million d'appareils sont tombés en panne le 3 mars. [2]
            en | Les pertes atteignent 300 millions de dollars [1][2].
            en | The losses were $300 million [1, 2].
            en | The losses were $300 million [1-2].
            en | - **Losses:** 300 million dollars [1]
            en | The article appeared on March 10, 2021 [1].
            en | The devices failed on the 3rd [2].
            en | Liability is capped at an amount in the single-digit millions [2].
            de | Die Haftung ist auf einen einstelligen Millionenbetrag begrenzt. [2]
            en | The companies disagree about who is to blame [1].
            """)
    void should_pass_when_every_figure_is_in_a_cited_source(String language, String reply) {
        Grounding grounding = CHECK.check(reply, language, SOURCES);

        assertNull(grounding.problem());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The maker lost $900 million [1].                  | '$900 million'
            en | The maker lost €300 million [1].                  | different currency
            en | The maker lost $300 billion [1].                  | '$300 billion'
            en | The losses came over four weeks [1].              | different currency or unit
            en | The maker halted 9,999 shipments [1].             | '9,999'
            en | About 1.5 million devices failed [1].             | '1.5 million'
            en | The devices failed on March 4 [2].                | 'March 4'
            en | The devices failed on March 3, 2020 [2].          | 'March 3, 2020'
            en | The maker halted 2,000 shipments. It hurt [1].    | without a citation
            en | The maker lost money [3].                         | cites [3]
            en | The sources do not say.                           | cites no source
            """)
    void should_name_the_problem_when_the_reply_is_not_grounded(String language, String reply, String problem) {
        Grounding grounding = CHECK.check(reply, language, SOURCES);

        assertTrue(grounding.problem() != null && grounding.problem().contains(problem), grounding.problem());
    }

    @Test
    void should_note_the_cited_sentences_that_state_the_figures() {
        Grounding grounding = CHECK.check("The maker lost $300 million [2] and halted 2,000 shipments [1].", "en",
                SOURCES);

        assertEquals(List.of(2, 1), grounding.citedInOrder());
        assertEquals("Der Schaden betrage 300 Millionen Dollar.", grounding.sourceToSentences().get(2).get(0).text());
        assertTrue(grounding.sourceToSentences().get(1).stream()
                .anyMatch(sentence -> sentence.text().equals("The maker halted more than 2,000 shipments.")));
    }

    private static NumberedSource source(int n, String language, String title, String date, String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (String sentence : text.split("(?<=\\.) (?=[A-Z])")) {
            int at = text.indexOf(sentence, start);
            sentences.add(new Sentence(at, at + sentence.length(), sentence));
            start = at + sentence.length();
        }
        Passage passage = new Passage(0, 0, text.length(), text, sentences);
        SourceDocument document = new SourceDocument("knowledge/" + n + ".md", title, null, language, date, null, text,
                "hash" + n, List.of(passage));
        return new NumberedSource(n, document, passage, sentences.get(0));
    }
}
