package dev.docket.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Votes on answers, kept beside the question log rows they are about: one vote per user per answer; a second vote
 * by the same user replaces the first. Plain SQL that runs on H2 and PostgreSQL (no MERGE or upsert dialects).
 */
public final class QuestionVotes {

    /** What a vote did. */
    public enum Outcome {
        /** The user's first vote on this answer. */
        RECORDED,
        /** The user had voted the other way; the new vote replaced it. */
        CHANGED,
        /** The user had already voted the same way; nothing changed. */
        UNCHANGED,
        /** No logged question has this ref (say, the log was emptied); nothing was stored. */
        UNKNOWN_QUESTION
    }

    private final Database database;
    private final QuestionLog questionLog;
    private final Clock clock;

    public QuestionVotes(Database database, QuestionLog questionLog, Clock clock) {
        this.database = database;
        this.questionLog = questionLog;
        this.clock = clock;
    }

    /** Stores {@code userId}'s vote (true: helpful, false: not) on the answer to the question {@code ref}. */
    public Outcome vote(String ref, String userId, boolean helpful) {
        questionLog.flush();
        int vote = helpful ? 1 : -1;
        return database.transaction(connection -> {
            if (!questionExists(connection, ref)) {
                return Outcome.UNKNOWN_QUESTION;
            }
            Integer previous = previousVote(connection, ref, userId);
            if (previous != null && previous == vote) {
                return Outcome.UNCHANGED;
            }
            if (previous != null) {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE question_votes SET vote = ?, voted_at = ? WHERE question_ref = ? AND user_id = ?")) {
                    update.setInt(1, vote);
                    update.setObject(2, OffsetDateTime.now(clock));
                    update.setString(3, ref);
                    update.setString(4, userId);
                    update.executeUpdate();
                }
                return Outcome.CHANGED;
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO question_votes (question_ref, user_id, vote, voted_at) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, ref);
                insert.setString(2, userId);
                insert.setInt(3, vote);
                insert.setObject(4, OffsetDateTime.now(clock));
                insert.executeUpdate();
            }
            return Outcome.RECORDED;
        });
    }

    private static boolean questionExists(Connection connection, String ref) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT COUNT(*) FROM questions WHERE question_ref = ?")) {
            select.setString(1, ref);
            try (ResultSet result = select.executeQuery()) {
                return result.next() && result.getLong(1) > 0;
            }
        }
    }

    private static Integer previousVote(Connection connection, String ref, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT vote FROM question_votes WHERE question_ref = ? AND user_id = ?")) {
            select.setString(1, ref);
            select.setString(2, userId);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? result.getInt(1) : null;
            }
        }
    }
}
