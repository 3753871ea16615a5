package dev.docket.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of measured durations, in milliseconds (nearest rank). */
public record Latencies(int count, double p50, double p95, double p99) {

    public static Latencies of(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99));
    }

    private static double rank(long[] sorted, double percentile) {
        int index = (int) Math.ceil(percentile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** "p50 / p95 / p99" with one decimal. */
    public String describe() {
        return count == 0 ? "-" : String.format("%.1f / %.1f / %.1f", p50, p95, p99);
    }
}
