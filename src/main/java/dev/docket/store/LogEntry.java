package dev.docket.store;

import java.time.Instant;

/**
 * A row of the question log as read back, with the votes its answer received.
 *
 * @param upVotes users who marked the answer helpful (one vote each, the latest counts)
 * @param downVotes users who marked it wrong or unhelpful
 */
public record LogEntry(Instant askedAt, LoggedQuestion question, int upVotes, int downVotes) {}
