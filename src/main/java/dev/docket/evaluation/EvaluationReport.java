package dev.docket.evaluation;

import java.util.List;
import java.util.function.Predicate;

/** Scores of an evaluation run: overall, per question language, cross-lingual and refusals. */
public record EvaluationReport(List<CaseResult> results) {

    public EvaluationReport {
        results = List.copyOf(results);
    }

    public double overall() {
        return score(result -> true);
    }

    public double language(String language) {
        return score(result -> result.evaluationCase().language().equals(language));
    }

    public double crossLingual() {
        return score(result -> result.evaluationCase().crossLingual());
    }

    public double refusals() {
        return score(result -> !result.evaluationCase().answerable());
    }

    public long count(Predicate<CaseResult> filter) {
        return results.stream().filter(filter).count();
    }

    private double score(Predicate<CaseResult> filter) {
        long total = count(filter);
        return total == 0 ? 1.0 : (double) count(filter.and(CaseResult::passed)) / total;
    }

    /** A table for a person, with each failed case when {@code verbose}. */
    public String describe(boolean verbose) {
        StringBuilder text = new StringBuilder();
        line(text, "overall", result -> true);
        for (String language : List.of("en", "de", "fr")) {
            line(text, "language " + language, result -> result.evaluationCase().language().equals(language));
        }
        line(text, "cross-lingual", result -> result.evaluationCase().crossLingual());
        line(text, "unanswerable refused", result -> !result.evaluationCase().answerable());
        for (CaseResult result : results) {
            if (verbose && !result.passed()) {
                text.append(String.format("FAIL %s [%s] %s -> %s%n     %s%n", result.evaluationCase().id(),
                        result.evaluationCase().language(), result.evaluationCase().question(), result.failure(),
                        result.answer().text()));
            }
        }
        return text.toString();
    }

    private void line(StringBuilder text, String label, Predicate<CaseResult> filter) {
        text.append(String.format("%-22s %5.1f%%  (%d/%d)%n", label, 100 * score(filter),
                count(filter.and(CaseResult::passed)), count(filter)));
    }
}
