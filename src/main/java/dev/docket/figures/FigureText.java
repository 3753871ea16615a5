package dev.docket.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain-text renderings of figure reports and the timeline for any front end (CLI, Discord). Output never
 * exceeds {@code maxChars}: whole lines are kept and a last line says how many were left out.
 */
public final class FigureText {

    private static final int SENTENCE_CHARS = 160;

    private FigureText() {}

    public static String figures(FiguresReport report, int maxChars) {
        List<String> lines = new ArrayList<>();
        if (report.groups().isEmpty()) {
            lines.add(report.topic() == null ? "No figures in the knowledge files."
                    : "No figures about \"" + report.topic() + "\".");
        }
        for (FigureGroup group : report.groups()) {
            boolean saysKind = group.label().contains(group.kind().id());
            lines.add(group.label() + (saysKind ? "" : " (" + group.kind().id() + ")")
                    + (group.disagreement() ? " - sources disagree" : ""));
            for (FigureGroup.GroupValue value : group.values()) {
                lines.add("  " + value.display() + ": " + String.join("; ",
                        value.figures().stream().map(FigureText::who).toList()));
            }
        }
        return fit(lines, maxChars);
    }

    public static String timeline(TimelineReport report, int maxChars) {
        List<String> lines = new ArrayList<>();
        if (report.events().isEmpty()) {
            lines.add("No dated events in the knowledge files.");
        }
        for (TimelineEvent event : report.events()) {
            String when = event.date() == null ? event.relative() + " (relative, date not certain)"
                    : event.date() + (event.relative() == null ? "" : " (" + event.relative() + ")");
            Figure first = event.mentions().get(0);
            lines.add(when + ": " + shorten(first.sentence()));
            lines.add("  sources: " + String.join(", ", event.mentions().stream()
                    .map(mention -> "\"" + mention.text() + "\" " + where(mention)).distinct().toList()));
        }
        return fit(lines, maxChars);
    }

    /** How one figure is given: its exact text, its speaker, and where. */
    public static String who(Figure figure) {
        return "\"" + figure.text() + "\"" + (figure.attribution() == null ? "" : " per " + figure.attribution())
                + " " + where(figure);
    }

    private static String where(Figure figure) {
        return "(" + (figure.outlet() == null ? "" : figure.outlet() + ", ") + figure.source() + ")";
    }

    private static String shorten(String sentence) {
        String oneLine = sentence.replaceAll("\\s+", " ");
        return oneLine.length() <= SENTENCE_CHARS ? oneLine : oneLine.substring(0, SENTENCE_CHARS - 1) + "…";
    }

    static String fit(List<String> lines, int maxChars) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String more = "… (" + (lines.size() - i) + " more lines)";
            String line = lines.get(i);
            int needed = text.length() + line.length() + 1 + (i == lines.size() - 1 ? 0 : more.length() + 1);
            if (needed > maxChars) {
                if (text.length() + more.length() <= maxChars) {
                    text.append(more);
                }
                return text.toString().strip();
            }
            text.append(line).append('\n');
        }
        return text.toString().strip();
    }
}
