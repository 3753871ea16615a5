package dev.docket.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class EvaluationSetTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"questions.yaml", "holdout.yaml"})
    void should_derive_a_style_for_every_case_when_an_older_set_has_none(String set) {
        EvaluationSet cases = EvaluationSet.read(Path.of("config", "eval", set));

        for (EvaluationCase evaluationCase : cases.cases()) {
            QuestionStyle expected = !evaluationCase.answerable() ? QuestionStyle.NEAR_TOPIC_UNANSWERABLE
                    : evaluationCase.crossLingual() ? QuestionStyle.CROSS_LINGUAL : QuestionStyle.FORMAL;
            assertEquals(expected, evaluationCase.style(), evaluationCase.id());
        }
    }

    @Test
    void should_cover_every_style_and_three_languages_when_the_dev_set_is_read() {
        EvaluationSet dev = EvaluationSet.read(Path.of("config", "eval", "dev.yaml"));

        Set<QuestionStyle> styles = dev.cases().stream().map(EvaluationCase::style).collect(Collectors.toSet());
        Set<String> languages = dev.cases().stream().map(EvaluationCase::language).collect(Collectors.toSet());
        assertEquals(EnumSet.allOf(QuestionStyle.class), styles);
        assertEquals(Set.of("en", "de", "fr"), languages);
        assertTrue(dev.cases().size() >= 130, "dev set has " + dev.cases().size() + " cases");
        assertEquals(dev.cases().size(), dev.cases().stream().map(EvaluationCase::id).distinct().count(),
                "case ids are unique");
    }

    @Test
    void should_set_the_cross_lingual_flag_when_the_style_is_cross_lingual() throws IOException {
        Path set = write("- {id: a, language: de, style: cross-lingual, question: \"Wer?\", answerable: true,"
                + " expect: [\"X\"], sources: [knowledge/x.md]}");

        assertTrue(EvaluationSet.read(set).cases().get(0).crossLingual());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "style: chatty, answerable: false | unknown style 'chatty'; use one of formal, paraphrase",
        "style: off-topic, answerable: true, expect: [\"X\"] | style off-topic is for questions the articles don't"
            + " answer, but answerable is true",
        "style: casual, answerable: true | answerable, but expect is empty",
        "style: typo, answerable: true, expect: [\"X\"] | answerable, but sources is empty"})
    void should_name_the_case_and_the_fix_when_a_case_is_inconsistent(String fields, String message)
            throws IOException {
        Path set = write("- {id: bad-case, language: en, question: \"what\", " + fields + "}");

        UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> EvaluationSet.read(set));

        assertTrue(error.getMessage().contains(message), error.getMessage());
        assertTrue(error.getMessage().contains(set.toString()), error.getMessage());
    }

    private Path write(String caseLine) throws IOException {
        return Files.writeString(folder.resolve("set.yaml"), "cases:\n  " + caseLine + "\n");
    }
}
