package dev.docket.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docket.evaluation.CaseResult;
import dev.docket.evaluation.EvaluationReport;
import dev.docket.evaluation.GroupScore;
import dev.docket.evaluation.QuestionStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code eval --json} format: one object with every score, so two runs can be diffed. Fields are only ever
 * added, never renamed.
 */
final class JsonEvaluation {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @JsonPropertyOrder({"set", "recallDepth", "overall", "languages", "styles", "languageStyles", "crossLingual",
        "unanswerableRefused", "failed", "notRetrieved"})
    record JsonReport(
            String set, int recallDepth, JsonScore overall, Map<String, JsonScore> languages,
            Map<String, JsonScore> styles, Map<String, Map<String, JsonScore>> languageStyles, JsonScore crossLingual,
            JsonScore unanswerableRefused, List<String> failed, List<String> notRetrieved) {}

    /** {@code recall} is left out for a group without answerable cases. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"n", "passed", "accuracy", "answerable", "retrieved", "recall"})
    record JsonScore(int n, int passed, double accuracy, int answerable, int retrieved, Double recall) {}

    private JsonEvaluation() {}

    static String report(String set, int recallDepth, EvaluationReport report) {
        Map<String, JsonScore> languages = new LinkedHashMap<>();
        report.languageScores().forEach((language, score) -> languages.put(language, score(score)));
        Map<String, Map<String, JsonScore>> languageStyles = new LinkedHashMap<>();
        report.languageScores().keySet().forEach(language ->
                languageStyles.put(language, styles(report.styleScores(language))));
        List<String> failed = report.results().stream().filter(result -> !result.passed()).map(JsonEvaluation::id)
                .toList();
        List<String> notRetrieved = report.results().stream()
                .filter(result -> result.evaluationCase().answerable() && !result.factRetrieved())
                .map(JsonEvaluation::id)
                .toList();
        return write(new JsonReport(set, recallDepth, score(report.overallScore()), languages,
                styles(report.styleScores()), languageStyles,
                score(report.crossLingualScore()), score(report.refusalScore()), failed, notRetrieved));
    }

    private static Map<String, JsonScore> styles(Map<QuestionStyle, GroupScore> styleToScore) {
        Map<String, JsonScore> labelToScore = new LinkedHashMap<>();
        styleToScore.forEach((style, score) -> labelToScore.put(style.label(), score(score)));
        return labelToScore;
    }

    private static String id(CaseResult result) {
        return result.evaluationCase().id();
    }

    private static JsonScore score(GroupScore score) {
        return new JsonScore(score.cases(), score.passed(), rounded(score.accuracy()), score.answerable(),
                score.retrieved(), score.recall() == null ? null : rounded(score.recall()));
    }

    private static double rounded(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an evaluation record always serializes", e);
        }
    }
}
