package dev.docket.config;

/** Argument checks shared by the config records; messages name the key so the operator can fix it. */
final class ConfigChecks {

    private ConfigChecks() {}

    static void positive(String key, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(key + ": must be greater than 0, was " + value);
        }
    }

    static void fraction(String key, double value) {
        if (value < 0 || value > 1) {
            throw new IllegalArgumentException(key + ": must be between 0 and 1, was " + value);
        }
    }

    static void range(String key, double value, double low, double high) {
        if (value < low || value > high) {
            throw new IllegalArgumentException(key + ": must be between " + low + " and " + high + ", was " + value);
        }
    }
}
