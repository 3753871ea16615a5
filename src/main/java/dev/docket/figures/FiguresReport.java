package dev.docket.figures;

import java.util.List;

/**
 * The figure groups about a topic (all groups when {@code topic} is null), disagreements first.
 */
public record FiguresReport(String topic, List<FigureGroup> groups) {

    public FiguresReport {
        groups = List.copyOf(groups);
    }

    public List<FigureGroup> disagreements() {
        return groups.stream().filter(FigureGroup::disagreement).toList();
    }
}
