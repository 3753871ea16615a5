package dev.docket.evaluation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** An evaluation set read from YAML: {@code cases:} a list of {@link EvaluationCase}. */
public record EvaluationSet(List<EvaluationCase> cases) {

    public EvaluationSet {
        cases = List.copyOf(cases);
    }

    public static EvaluationSet read(Path file) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return yaml.readValue(file.toFile(), EvaluationSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException("evaluation set " + file + " could not be read: " + e.getMessage(), e);
        }
    }
}
