package dev.docket.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes a figure's amount the same way whatever its language: "2,000", "2.5 million", "USD 40 million",
 * "more than 2,000", "USD 30 million to 45 million", "single-digit millions", "thousands", "3 days", "20%".
 * Front-end neutral.
 */
public final class AmountFormat {

    private static final double MILLION = 1e6;
    private static final double BILLION = 1e9;

    private AmountFormat() {}

    public static String format(Figure figure) {
        return format(figure.kind(), figure.unit(), figure.qualifier(), figure.value(), figure.lower(),
                figure.upper());
    }

    public static String format(
            FigureKind kind, String unit, String qualifier, Double value, Double lower, Double upper) {
        String amount;
        if (value == null && "band".equals(qualifier) && band(lower, upper) != null) {
            amount = band(lower, upper);
        } else if (value == null) {
            amount = number(lower, false) + " to " + number(upper, "band".equals(qualifier));
        } else {
            amount = number(value, false);
        }
        String prefix = switch (qualifier == null ? "" : qualifier) {
            case "more-than" -> "more than ";
            case "less-than" -> "up to ";
            case "around" -> "about ";
            default -> "";
        };
        if (kind == FigureKind.MONEY) {
            return prefix + (unit == null ? "" : unit + " ") + amount;
        }
        if (kind == FigureKind.PERCENT) {
            return prefix + amount + "%";
        }
        if (kind == FigureKind.DURATION) {
            return prefix + amount + " " + unit + (value != null && value == 1 ? "" : "s");
        }
        return prefix + amount;
    }

    /** What a group of figures without a counted noun measures, in words: "amount of money in USD", "duration in days". */
    public static String kindLabel(FigureKind kind, String unit) {
        return switch (kind) {
            case MONEY -> "amount of money" + (unit == null ? "" : " in " + unit);
            case DURATION -> "duration in " + unit + "s";
            case PERCENT -> "share in percent";
            case COUNT -> "count";
            case DATE -> "date";
        };
    }

    /** A band in words ("single-digit millions", "thousands"), or null when it is not one digit count of a scale. */
    private static String band(Double lower, Double upper) {
        if (lower == null || upper == null || lower <= 0) {
            return null;
        }
        int digits = (int) Math.round(Math.log10((upper + 1) / lower)) == 1
                ? (int) Math.floor(Math.log10(lower)) % 3 + 1 : 0;
        String scale = lower >= BILLION ? " billions" : lower >= MILLION ? " millions" : "";
        if (scale.isEmpty()) {
            return digits == 1 && lower >= 1000 ? "thousands" : null;
        }
        return switch (digits) {
            case 1 -> "single-digit" + scale;
            case 2 -> "double-digit" + scale;
            case 3 -> "triple-digit" + scale;
            default -> null;
        };
    }

    private static String number(Double number, boolean roundDown) {
        if (number == null) {
            return "?";
        }
        double n = number;
        if (Math.abs(n) >= BILLION) {
            return decimal(n / BILLION, roundDown) + " billion";
        }
        if (Math.abs(n) >= MILLION) {
            return decimal(n / MILLION, roundDown) + " million";
        }
        DecimalFormat grouped = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return grouped.format(n);
    }

    private static String decimal(double n, boolean roundDown) {
        BigDecimal rounded = BigDecimal.valueOf(n).setScale(2, roundDown ? RoundingMode.DOWN : RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().toPlainString();
    }
}
