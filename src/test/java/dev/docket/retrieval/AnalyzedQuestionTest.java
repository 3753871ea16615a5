package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docket.language.QuestionKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A question's terms keep their order, so "its first concept" and sums over its terms are the same every run. */
final class AnalyzedQuestionTest {

    @Test
    void should_keep_the_order_of_the_question_terms() {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            terms.add("~concept" + i);
        }

        AnalyzedQuestion question = new AnalyzedQuestion("q", "q", "en", QuestionKind.OTHER, "q",
                new LinkedHashSet<>(terms), new LinkedHashSet<>(terms), new LinkedHashSet<>(terms), new LinkedHashSet<>(terms),
                null, new float[0], null, false, false, false);

        assertEquals(terms, List.copyOf(question.sharedTerms()));
        assertEquals(terms, List.copyOf(question.unknownWords()));
        assertEquals(terms, List.copyOf(question.unknownNames()));
        assertEquals(terms, List.copyOf(question.countedTerms()));
    }
}
