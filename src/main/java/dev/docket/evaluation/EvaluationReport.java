package dev.docket.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scores of an evaluation run: accuracy and recall overall, per question language and per question style, the
 * cross-lingual cases and the refusals of unanswerable questions. Languages and styles are those the set uses,
 * in the order they first appear.
 */
public record EvaluationReport(List<CaseResult> results) {

    public EvaluationReport {
        results = List.copyOf(results);
    }

    public double overall() {
        return overallScore().accuracy();
    }

    public double language(String language) {
        return score(result -> result.evaluationCase().language().equals(language)).accuracy();
    }

    public double crossLingual() {
        return crossLingualScore().accuracy();
    }

    public double refusals() {
        return refusalScore().accuracy();
    }

    public GroupScore overallScore() {
        return score(result -> true);
    }

    public GroupScore crossLingualScore() {
        return score(result -> result.evaluationCase().crossLingual());
    }

    /** The unanswerable cases; passed means refused. */
    public GroupScore refusalScore() {
        return score(result -> !result.evaluationCase().answerable());
    }

    /** Scores per question language, keyed by ISO 639-1 code. */
    public Map<String, GroupScore> languageScores() {
        Map<String, GroupScore> languageToScore = new LinkedHashMap<>();
        results.stream().map(result -> result.evaluationCase().language()).distinct().forEach(language ->
                languageToScore.put(language, score(result -> result.evaluationCase().language().equals(language))));
        return languageToScore;
    }

    /** Scores per question style, in the order of {@link QuestionStyle}. */
    public Map<QuestionStyle, GroupScore> styleScores() {
        return styleScores(result -> true);
    }

    /** Scores per question style of the questions in one language. */
    public Map<QuestionStyle, GroupScore> styleScores(String language) {
        return styleScores(result -> result.evaluationCase().language().equals(language));
    }

    private Map<QuestionStyle, GroupScore> styleScores(Predicate<CaseResult> filter) {
        Map<QuestionStyle, GroupScore> styleToScore = new LinkedHashMap<>();
        for (QuestionStyle style : QuestionStyle.values()) {
            GroupScore score = score(filter.and(result -> result.evaluationCase().style() == style));
            if (score.cases() > 0) {
                styleToScore.put(style, score);
            }
        }
        return styleToScore;
    }

    public long count(Predicate<CaseResult> filter) {
        return results.stream().filter(filter).count();
    }

    private GroupScore score(Predicate<CaseResult> filter) {
        Predicate<CaseResult> answerable = filter.and(result -> result.evaluationCase().answerable());
        return new GroupScore((int) count(filter), (int) count(filter.and(CaseResult::passed)),
                (int) count(answerable), (int) count(answerable.and(CaseResult::factRetrieved)));
    }

    /** A table for a person, with each failed case when {@code verbose}. */
    public String describe(boolean verbose) {
        StringBuilder text = new StringBuilder(String.format("%-24s %-22s %s%n", "", "accuracy", "recall@"
                + Evaluator.RECALL_DEPTH));
        line(text, "overall", overallScore());
        languageScores().forEach((language, score) -> line(text, "language " + language, score));
        styleScores().forEach((style, score) -> line(text, "style " + style.label(), score));
        line(text, "cross-lingual", crossLingualScore());
        line(text, "unanswerable refused", refusalScore());
        styleByLanguage(text);
        if (verbose) {
            for (CaseResult result : results) {
                if (!result.passed()) {
                    failure(text, result);
                }
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, GroupScore score) {
        String accuracy = String.format("%5.1f%% (%d/%d)", 100 * score.accuracy(), score.passed(), score.cases());
        String recall = score.recall() == null ? "-"
                : String.format("%5.1f%% (%d/%d)", 100 * score.recall(), score.retrieved(), score.answerable());
        text.append(String.format("%-24s %-22s %s%n", label, accuracy, recall));
    }

    /** Accuracy of each style in each language, one row per style. */
    private void styleByLanguage(StringBuilder text) {
        List<String> languages = List.copyOf(languageScores().keySet());
        StringBuilder header = new StringBuilder(String.format("%-24s", "accuracy by style"));
        languages.forEach(language -> header.append(String.format(" %-18s", language)));
        text.append(System.lineSeparator()).append(header.toString().stripTrailing()).append(System.lineSeparator());
        for (QuestionStyle style : styleScores().keySet()) {
            StringBuilder row = new StringBuilder(String.format("%-24s", "style " + style.label()));
            for (String language : languages) {
                GroupScore score = styleScores(language).get(style);
                row.append(String.format(" %-18s", score == null ? "-"
                        : String.format("%5.1f%% (%d/%d)", 100 * score.accuracy(), score.passed(), score.cases())));
            }
            text.append(row.toString().stripTrailing()).append(System.lineSeparator());
        }
    }

    private static void failure(StringBuilder text, CaseResult result) {
        EvaluationCase evaluationCase = result.evaluationCase();
        String retrieved = evaluationCase.answerable()
                ? (result.factRetrieved() ? " (fact retrieved)" : " (fact not retrieved)") : "";
        text.append(String.format("FAIL %s [%s, %s] %s -> %s%s%n     %s%n", evaluationCase.id(),
                evaluationCase.language(), evaluationCase.style().label(), evaluationCase.question(),
                result.failure(), retrieved, result.answer().text()));
    }
}
