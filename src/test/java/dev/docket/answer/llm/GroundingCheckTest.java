package dev.docket.answer.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static final GroundingCheck CHECK = new GroundingCheck(new FigureNormalizer(LanguageLexicon.load()));
    private static final List<NumberedSource> SOURCES = List.of(
            source(1, "en", "Airline outage", "2024-08-06",
                    "The airline cancelled more than 6,000 flights. It puts its losses at $500 million."),
            source(2, "de", "Streit um Ausfall", null,
                    "Am 19. Juli fielen 8,5 Millionen Rechner aus. Der Schaden betrage 500 Millionen Dollar."));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The airline lost half a billion dollars [1].
            Die Airline strich mehr als 6.000 Flüge [1].
            About 8.5 million computers failed on July 19 [2].
            Les pertes atteignent 500 millions de dollars [1][2].
            The losses were $500 million [1, 2].
            According to [2], 8.5 million computers failed.
            The article appeared in 2024 [1].
            The companies disagree about who is to blame [1].
            """)
    void should_pass_when_every_figure_is_in_a_cited_source(String reply) {
        Grounding grounding = CHECK.check(reply, SOURCES);

        assertNull(grounding.problem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The airline lost $900 million [1].                  | '$900 million'
            The airline cancelled 9,999 flights [1].            | '9,999'
            About 8.5 million computers failed [1].             | '8.5 million'
            The outage began on July 20 [2].                    | 'July 20'
            The airline cancelled 6,000 flights. It hurt [1].   | without a citation
            The airline lost money [3].                         | cites [3]
            The sources do not say.                             | cites no source
            """)
    void should_name_the_problem_when_the_reply_is_not_grounded(String reply, String problem) {
        Grounding grounding = CHECK.check(reply, SOURCES);

        assertTrue(grounding.problem() != null && grounding.problem().contains(problem), grounding.problem());
    }

    @Test
    void should_note_the_cited_sentences_that_state_the_figures() {
        Grounding grounding = CHECK.check("Delta lost $500 million [2] and cancelled 6,000 flights [1].", SOURCES);

        assertEquals(List.of(2, 1), grounding.citedInOrder());
        assertEquals("Der Schaden betrage 500 Millionen Dollar.", grounding.sourceToSentences().get(2).get(0).text());
        assertTrue(grounding.sourceToSentences().get(1).stream()
                .anyMatch(sentence -> sentence.text().equals("The airline cancelled more than 6,000 flights.")));
    }

    private static NumberedSource source(int n, String language, String title, String date, String text) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        for (String sentence : text.split("(?<=\\.) ")) {
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
