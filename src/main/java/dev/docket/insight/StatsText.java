package dev.docket.insight;

import java.util.Locale;

/** A {@link StatsReport} as plain text, for the terminal and Discord alike. */
public final class StatsText {

    private static final int MAX_ANSWER_CHARS = 300;

    private StatsText() {}

    public static String format(StatsReport report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Questions since %s: %d, answered %d (%.0f%%), median answer time"
                        + " %d ms%n", report.since(), report.questions(), report.answered(),
                100 * report.answeredShare(), report.medianMillis()));
        text.append(String.format("%nQuestions per day:%n"));
        for (StatsReport.Day day : report.days()) {
            text.append(String.format(Locale.ROOT, "  %s  %4d asked, %4d answered%n", day.date(), day.questions(),
                    day.answered()));
        }
        text.append(String.format("%nMost-asked unanswered questions (knowledge to add):%n"));
        if (report.unanswered().isEmpty()) {
            text.append(String.format("  none%n"));
        }
        for (StatsReport.UnansweredGroup group : report.unanswered()) {
            text.append(String.format(Locale.ROOT, "  %3dx %s%n", group.count(), group.question()));
            for (String wording : group.wordings().subList(1, group.wordings().size())) {
                text.append(String.format("        also: %s%n", wording));
            }
        }
        text.append(String.format("%nAnswers voted down:%n"));
        if (report.votedDown().isEmpty()) {
            text.append(String.format("  none%n"));
        }
        for (StatsReport.VotedDown down : report.votedDown()) {
            text.append(String.format(Locale.ROOT, "  %d down, %d up  %s%n    Q: %s%n    A: %s%n", down.downVotes(),
                    down.upVotes(), down.askedAt(), down.question(), shortened(down.answer())));
        }
        return text.toString();
    }

    private static String shortened(String answer) {
        if (answer == null) {
            return "(not logged)";
        }
        String line = answer.replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_ANSWER_CHARS ? line : line.substring(0, MAX_ANSWER_CHARS - 1) + "\u2026";
    }
}
