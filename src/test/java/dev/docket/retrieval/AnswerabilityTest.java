package dev.docket.retrieval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.RetrievalConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answerability decision on the evidence it is given. */
final class AnswerabilityTest {

    private final Answerability answerability = new Answerability(RetrievalConfig.defaults());

    private static AnswerEvidence whatQuestion(double similarity, double coverage, boolean subjectShared) {
        return new AnswerEvidence(similarity, coverage, coverage, similarity, 0.5, List.of(), List.of(), List.of(),
                1, true, 1, false, true, false, subjectShared, false);
    }

    @Test
    void should_refuse_a_what_question_that_shares_only_a_general_verb_with_the_articles() {
        assertFalse(answerability.answerable(whatQuestion(0.4, 0.2, false)));
    }

    @Test
    void should_answer_a_what_question_that_shares_its_subject_with_the_articles() {
        assertTrue(answerability.answerable(whatQuestion(0.4, 0.2, true)));
    }

    @Test
    void should_answer_a_what_question_on_similarity_alone_when_it_is_high_enough() {
        assertTrue(answerability.answerable(whatQuestion(0.85, 0.2, false)));
    }

    private static AnswerEvidence countQuestion(double topSimilarity, double topCoverage, double countSupport) {
        return new AnswerEvidence(topSimilarity, topCoverage, topCoverage, topSimilarity, 0.2, List.of(), List.of(),
                List.of(), 1, true, countSupport, true, true, false, true, false);
    }

    @Test
    void should_refuse_a_count_of_something_no_sentence_counts() {
        assertFalse(answerability.answerable(countQuestion(0.5, 0.5, 0.4)));
    }

    @Test
    void should_answer_a_count_stated_in_other_words_when_the_best_sentence_says_nearly_all_the_question_asks() {
        assertTrue(answerability.answerable(countQuestion(0.8, 0.7, 0.4)));
    }

    @Test
    void should_refuse_a_question_whose_count_or_kind_of_sum_no_best_sentence_states_however_much_they_cover() {
        assertFalse(answerability.answerable(countQuestion(0.8, 1.0, 0)));
    }

    private static AnswerEvidence whichQuestion(boolean subjectShared) {
        return new AnswerEvidence(0.45, 0.28, 0.0, 0.43, 1, List.of(), List.of(), List.of(), 1, true, 1, true, true,
                false, subjectShared, true);
    }

    @Test
    void should_refuse_a_which_question_that_shares_only_a_judgement_or_a_general_verb_with_the_articles() {
        assertFalse(answerability.answerable(whichQuestion(false)));
    }

    @Test
    void should_answer_a_which_question_that_shares_its_subject_with_the_articles() {
        assertTrue(answerability.answerable(whichQuestion(true)));
    }

    private static AnswerEvidence whenQuestion(double similarity, double coverage, boolean kindFound) {
        return new AnswerEvidence(similarity, coverage, coverage, similarity, 0.5, List.of(), List.of(), List.of(), 1,
                kindFound, 1, true, true, false, true, false);
    }

    @Test
    void should_answer_on_less_evidence_when_the_best_candidates_state_the_kind_of_fact_asked_for() {
        assertTrue(answerability.answerable(whenQuestion(0.3, 0.1, true)));
    }

    @Test
    void should_ask_for_the_full_evidence_when_no_candidate_states_the_kind_of_fact_asked_for() {
        assertFalse(answerability.answerable(whenQuestion(0.3, 0.1, false)));
    }

    @Test
    void should_ask_for_the_full_evidence_of_a_question_that_asks_for_no_kind_of_fact() {
        assertFalse(answerability.answerable(whatQuestion(0.3, 0.1, true)));
    }
}
