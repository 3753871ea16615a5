package dev.docket.evaluation;

/**
 * The scores of a group of cases (all, one language, one style).
 *
 * @param cases the cases in the group
 * @param passed the cases graded correct: the fact with a right citation, or a refusal when unanswerable
 * @param answerable the group's answerable cases, the base of recall
 * @param retrieved the answerable cases whose fact is in the passages the answerer was given
 */
public record GroupScore(int cases, int passed, int answerable, int retrieved) {

    /** Share of cases passed; 1 for an empty group. */
    public double accuracy() {
        return cases == 0 ? 1.0 : (double) passed / cases;
    }

    /** Share of answerable cases whose fact was retrieved; null when the group has no answerable case. */
    public Double recall() {
        return answerable == 0 ? null : (double) retrieved / answerable;
    }
}
