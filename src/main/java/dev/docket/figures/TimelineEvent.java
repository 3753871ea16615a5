package dev.docket.figures;

import java.util.List;

/**
 * One dated event: the date and every sentence, across documents and languages, that places it there.
 *
 * @param date ISO 8601 as precise as the sources allow ("2021-03-03", "--03-05" when no source states the year,
 *     "2021-W09", "2021-03"), or null for a relative date no document's date resolves
 * @param relative the relative date as written ("letzte Woche") when the event has one, else null
 * @param mentions the date figures that place the event, each with its exact sentence and source
 */
public record TimelineEvent(String date, String relative, List<Figure> mentions) {

    public TimelineEvent {
        mentions = List.copyOf(mentions);
    }
}
