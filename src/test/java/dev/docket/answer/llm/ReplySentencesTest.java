package dev.docket.answer.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.figures.FigureLexicon;
import dev.docket.figures.FigureReader;
import dev.docket.language.LanguageLexicon;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ReplySentencesTest {

    private static final ReplySentences SENTENCES =
            new ReplySentences(new FigureReader(FigureLexicon.load(LanguageLexicon.load())));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It cost $5M [1]. It took 3 days [2].             | [1] / [2]
            It cost $5M. [1] It took 3 days. [2]             | [1] / [2]
            It cost $5M. [1][2] It took 3 days.              | [1, 2] / []
            It cost $5M [1, 3].                              | [1, 3]
            It cost $5M [1-3].                               | [1, 2, 3]
            Es begann am 3. März 2021 [1].                   | [1]
            Es kostete 5 Mio. Euro. [1]                      | [1]
            Es waren über 2.000. Danach kam mehr [1].        | [] / [1]
            """)
    void should_give_each_sentence_the_citations_that_follow_it(String reply, String cited) {
        List<String> perSentence = SENTENCES.split(reply).stream()
                .map(sentence -> sentence.cited().toString()).toList();

        assertEquals(cited, String.join(" / ", perSentence));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            '- **Cost:** $5M [1]\\n- **Days:** 3 [2]'                 | [1] / [2]
            '1. Cost: $5M [1]\\n2. Days: 3 [2]'                       | [1] / [2]
            'It cost $5M\\n[1]'                                       | [1]
            '> "a loss of $5M"\\n[1]\\n\\nThat is the figure.'        | [1] / []
            '## Cost\\n\\nIt cost *$5M* [1].'                         | [] / [1]
            """)
    void should_read_markdown_lines_when_the_reply_uses_lists_quotes_and_headings(String reply, String cited) {
        List<String> perSentence = SENTENCES.split(reply.replace("\\n", "\n")).stream()
                .map(sentence -> sentence.cited().toString()).toList();

        assertEquals(cited, String.join(" / ", perSentence));
    }
}
