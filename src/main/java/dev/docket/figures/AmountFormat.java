package dev.docket.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Writes a figure's amount the same way whatever its language: "5,000", "2.5 million", "USD 300 million",
 * "more than 5,000", "USD 350 million to 500 million", "5 days", "20%". Front-end neutral.
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
        if (value == null) {
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
