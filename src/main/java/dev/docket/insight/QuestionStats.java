package dev.docket.insight;

import dev.docket.store.LogEntry;
import dev.docket.store.QuestionLog;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Sums up the question log since a moment: what {@code /stats}, {@code docket stats} and {@code docket log} show. */
public final class QuestionStats {

    private static final int MAX_GROUPS = 10;
    private static final int MAX_VOTED_DOWN = 10;

    private final QuestionLog questionLog;
    private final SimilarQuestions similar;

    public QuestionStats(QuestionLog questionLog, EmbeddingModel model) {
        this.questionLog = questionLog;
        this.similar = new SimilarQuestions(model);
    }

    /** The report for the questions asked at or after {@code since}. */
    public StatsReport since(Instant since) {
        List<LogEntry> entries = questionLog.since(since);
        Map<LocalDate, int[]> dayToCounts = new TreeMap<>();
        List<Long> millis = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        List<StatsReport.VotedDown> votedDown = new ArrayList<>();
        int answered = 0;
        for (LogEntry entry : entries) {
            boolean isAnswered = entry.question().answered();
            int[] counts = dayToCounts.computeIfAbsent(
                    LocalDate.ofInstant(entry.askedAt(), ZoneOffset.UTC), day -> new int[2]);
            counts[0]++;
            if (isAnswered) {
                counts[1]++;
                answered++;
            } else if (!entry.question().question().isBlank()) {
                unanswered.add(entry.question().question());
            }
            millis.add(entry.question().millis());
            if (entry.downVotes() > 0) {
                votedDown.add(new StatsReport.VotedDown(entry.askedAt(), entry.question().question(),
                        entry.question().answerText(), entry.downVotes(), entry.upVotes()));
            }
        }
        List<StatsReport.Day> days = new ArrayList<>();
        dayToCounts.forEach((day, counts) -> days.add(new StatsReport.Day(day, counts[0], counts[1])));
        votedDown.sort((a, b) -> b.downVotes() - a.downVotes());
        List<StatsReport.UnansweredGroup> groups = similar.group(unanswered);
        return new StatsReport(since, entries.size(), answered, median(millis), days,
                groups.subList(0, Math.min(MAX_GROUPS, groups.size())),
                votedDown.subList(0, Math.min(MAX_VOTED_DOWN, votedDown.size())));
    }

    /** The log rows themselves, oldest first. */
    public List<LogEntry> entries(Instant since) {
        return questionLog.since(since);
    }

    private static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
