package dev.docket.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** The {@code --since DATE} option of {@code stats} and {@code log}: a UTC date, or the last 30 days. */
final class Since {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private Since() {}

    static Instant start(String date, Clock clock, CommandLine commandLine) {
        if (date == null) {
            return clock.instant().minus(DEFAULT_PERIOD);
        }
        try {
            return LocalDate.parse(date.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(commandLine,
                    "--since " + date + ": not a date; write it as YYYY-MM-DD, e.g. 2024-08-01");
        }
    }
}
