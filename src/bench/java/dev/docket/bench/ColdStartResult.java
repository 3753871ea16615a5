package dev.docket.bench;

import java.util.List;

/**
 * Milliseconds from launch to the first answer, with an existing data folder and with an empty one, through
 * {@code java -jar}; and with an existing data folder through {@code bin/docket} (empty when it was not found).
 */
public record ColdStartResult(List<Long> existingData, List<Long> emptyData, List<Long> existingDataScript) {

    public ColdStartResult {
        existingData = List.copyOf(existingData);
        emptyData = List.copyOf(emptyData);
        existingDataScript = List.copyOf(existingDataScript);
    }

    static String describe(List<Long> millis) {
        if (millis.isEmpty()) {
            return "not measured";
        }
        List<Long> sorted = millis.stream().sorted().toList();
        return String.format("median %d ms (min %d, max %d, %d runs)", sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }
}
