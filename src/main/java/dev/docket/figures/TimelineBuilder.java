package dev.docket.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the timeline from date figures. A date without a year takes the year other sources state for the same
 * day, when they agree on one. Mentions of one date are one event when they come from one document, or from
 * documents in different languages (the embedding model cannot compare sentences across languages, so the same
 * day is taken as the same event), or when their sentences are at least {@value #SAME_EVENT} similar. A sentence
 * that is little more than its date (a dateline) is not an event.
 */
public final class TimelineBuilder {

    /** Sentence cosine above which two same-language mentions of one date are one event. */
    static final double SAME_EVENT = 0.5;
    private static final int MIN_WORDS_BESIDES_DATE = 4;

    private final NounSimilarity similarity;

    TimelineBuilder(NounSimilarity similarity) {
        this.similarity = similarity;
    }

    public TimelineReport build(List<Figure> figures) {
        List<Figure> dates = figures.stream()
                .filter(figure -> figure.kind() == FigureKind.DATE && isEvent(figure))
                .toList();
        Map<String, String> monthDayToDate = statedYears(dates);
        Map<String, List<Figure>> dateToMentions = new LinkedHashMap<>();
        List<TimelineEvent> relative = new ArrayList<>();
        for (Figure date : dates) {
            if (date.date() == null) {
                relative.add(new TimelineEvent(null, date.text(), List.of(date)));
            } else {
                dateToMentions.computeIfAbsent(monthDayToDate.getOrDefault(date.date(), date.date()),
                        key -> new ArrayList<>()).add(date);
            }
        }
        String usualYear = usualYear(dateToMentions.keySet());
        List<TimelineEvent> events = new ArrayList<>();
        dateToMentions.entrySet().stream()
                .sorted(Comparator.comparing(entry -> sortKey(entry.getKey(), usualYear)))
                .forEach(entry -> events.addAll(cluster(entry.getKey(), entry.getValue())));
        events.addAll(relative);
        return new TimelineReport(events);
    }

    private List<TimelineEvent> cluster(String date, List<Figure> mentions) {
        List<List<Figure>> clusters = new ArrayList<>();
        for (Figure mention : mentions) {
            List<Figure> home = clusters.stream()
                    .filter(cluster -> cluster.stream().anyMatch(other -> sameEvent(mention, other)))
                    .findFirst()
                    .orElse(null);
            if (home == null) {
                clusters.add(new ArrayList<>(List.of(mention)));
            } else {
                home.add(mention);
            }
        }
        String relative = mentions.stream().allMatch(m -> "relative".equals(m.qualifier())) ? mentions.get(0).text()
                : null;
        return clusters.stream().map(cluster -> new TimelineEvent(date, relative, cluster)).toList();
    }

    private boolean sameEvent(Figure a, Figure b) {
        return a.source().equals(b.source()) || !a.language().equals(b.language())
                || similarity.cosine(a.sentence(), b.sentence()) >= SAME_EVENT;
    }

    private static boolean isEvent(Figure date) {
        String rest = date.sentence().substring(0, date.start() - date.sentenceStart())
                + " " + date.sentence().substring(date.end() - date.sentenceStart());
        long words = List.of(rest.split("[^\\p{L}]+")).stream().filter(word -> word.length() >= 3).count();
        return words >= MIN_WORDS_BESIDES_DATE;
    }

    /** "--03-03" -> "2021-03-03" when the full dates given for March 3 all say 2021. */
    private static Map<String, String> statedYears(List<Figure> dates) {
        Map<String, Set<String>> monthDayToDates = dates.stream()
                .filter(date -> date.date() != null && date.date().matches("\\d{4}-\\d{2}-\\d{2}"))
                .collect(Collectors.groupingBy(date -> "--" + date.date().substring(5),
                        Collectors.mapping(Figure::date, Collectors.toSet())));
        Map<String, String> monthDayToDate = new TreeMap<>();
        monthDayToDates.forEach((monthDay, full) -> {
            if (full.size() == 1) {
                monthDayToDate.put(monthDay, full.iterator().next());
            }
        });
        return monthDayToDate;
    }

    private static String usualYear(Set<String> dates) {
        return dates.stream()
                .filter(date -> date.matches("\\d{4}-\\d{2}-\\d{2}"))
                .collect(Collectors.groupingBy(date -> date.substring(0, 4), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse("9999");
    }

    /** Orders partial dates: a date without a year is placed in the year most events have. */
    private static String sortKey(String date, String usualYear) {
        if (date.startsWith("--")) {
            return usualYear + date.substring(1);
        }
        if (date.matches("\\d{4}-W\\d{2}")) {
            java.time.LocalDate monday = java.time.LocalDate.of(Integer.parseInt(date.substring(0, 4)), 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(date.substring(6)))
                    .with(java.time.DayOfWeek.MONDAY);
            return monday.toString();
        }
        return date;
    }
}
