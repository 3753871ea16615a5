package dev.docket.figures;

import java.util.List;

/** The timeline: dated events in date order, then the relative ones no document's date resolves. */
public record TimelineReport(List<TimelineEvent> events) {

    public TimelineReport {
        events = List.copyOf(events);
    }
}
