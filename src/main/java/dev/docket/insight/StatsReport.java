package dev.docket.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The question log summed up for admins.
 *
 * @param since the first moment counted
 * @param questions questions asked since then
 * @param answered how many of them were answered (not refused)
 * @param medianMillis the median time to an answer, 0 when nothing was asked
 * @param days questions per day (UTC), oldest first, days without questions left out
 * @param unanswered refused questions grouped when they ask the same thing in other words, most asked first
 * @param votedDown answers users voted down, most down-votes first
 */
public record StatsReport(
        Instant since,
        int questions,
        int answered,
        long medianMillis,
        List<Day> days,
        List<UnansweredGroup> unanswered,
        List<VotedDown> votedDown) {

    public StatsReport {
        days = List.copyOf(days);
        unanswered = List.copyOf(unanswered);
        votedDown = List.copyOf(votedDown);
    }

    /** The share of questions answered, 0 to 1 (0 when nothing was asked). */
    public double answeredShare() {
        return questions == 0 ? 0 : (double) answered / questions;
    }

    /** Questions asked on one day. */
    public record Day(LocalDate date, int questions, int answered) {}

    /**
     * Unanswered questions that ask the same thing.
     *
     * @param question the wording asked most often (the first asked on a tie)
     * @param count how often the group was asked
     * @param wordings the distinct wordings in the group, most asked first
     */
    public record UnansweredGroup(String question, int count, List<String> wordings) {

        public UnansweredGroup {
            wordings = List.copyOf(wordings);
        }
    }

    /** An answer voted down, with the question it answered. */
    public record VotedDown(Instant askedAt, String question, String answer, int downVotes, int upVotes) {}
}
