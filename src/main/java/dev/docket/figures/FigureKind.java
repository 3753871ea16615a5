package dev.docket.figures;

import java.util.Locale;

/** What a figure measures. */
public enum FigureKind {
    MONEY,
    COUNT,
    DURATION,
    PERCENT,
    DATE;

    /** The lower-case name used in JSON and in the database ("money"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FigureKind of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
