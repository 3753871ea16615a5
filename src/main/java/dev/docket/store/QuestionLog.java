package dev.docket.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every question asked, with its language, outcome, answer and time taken. {@link #record} only queues the
 * question: the rows are written in batches on {@code executor}, off the answer path. {@link #count} and
 * {@link #flush} write what is queued first, so readers see every recorded question.
 *
 * <p>While the store cannot be reached, questions wait in memory, up to {@code maxPending}; beyond that each new one
 * is counted as dropped ({@link #dropped}) instead of growing the heap. A write that fails keeps its rows queued, in
 * order, and the next question (or {@link #flush}) tries again, so logging resumes by itself when the store is back.
 */
public final class QuestionLog {

    private static final Logger log = LoggerFactory.getLogger(QuestionLog.class);
    private static final int MAX_TEXT_CHARS = 4000;

    /** Questions kept in memory while the store cannot be written; about 1 KB each at most. */
    public static final int DEFAULT_MAX_PENDING = 10_000;

    private record Row(OffsetDateTime askedAt, LoggedQuestion question) {}

    private final Database database;
    private final Clock clock;
    private final Executor executor;
    private final Deque<Row> pending = new ConcurrentLinkedDeque<>();
    private final AtomicInteger pendingCount = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final int maxPending;
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private final Object writeLock = new Object();

    /** A log that writes each question before {@link #record} returns. */
    public QuestionLog(Database database, Clock clock) {
        this(database, clock, Runnable::run);
    }

    public QuestionLog(Database database, Clock clock, Executor executor) {
        this(database, clock, executor, DEFAULT_MAX_PENDING);
    }

    /** A log keeping at most {@code maxPending} unwritten questions while the store cannot be reached. */
    public QuestionLog(Database database, Clock clock, Executor executor, int maxPending) {
        this.database = database;
        this.clock = clock;
        this.executor = executor;
        this.maxPending = maxPending;
    }

    public void record(LoggedQuestion question) {
        if (pendingCount.incrementAndGet() > maxPending) {
            pendingCount.decrementAndGet();
            if (dropped.getAndIncrement() == 0) {
                log.warn("the question log keeps {} unwritten questions in memory, its bound; further questions are"
                        + " counted as dropped until the store can be written again", maxPending);
            }
        } else {
            pending.add(new Row(OffsetDateTime.now(clock), question));
        }
        if (writeScheduled.compareAndSet(false, true)) {
            executor.execute(this::writeScheduled);
        }
    }

    /**
     * Writes every queued question now, in one transaction. When that fails the questions stay queued, in order,
     * and the failure is thrown.
     */
    public void flush() {
        synchronized (writeLock) {
            List<Row> rows = new ArrayList<>();
            for (Row row = pending.poll(); row != null; row = pending.poll()) {
                rows.add(row);
            }
            if (rows.isEmpty()) {
                return;
            }
            try {
                insert(rows);
            } catch (RuntimeException e) {
                for (int i = rows.size() - 1; i >= 0; i--) {
                    pending.addFirst(rows.get(i));
                }
                throw e;
            }
            pendingCount.addAndGet(-rows.size());
            if (failing.compareAndSet(true, false)) {
                log.info("the question log is written again ({} questions caught up, {} dropped while the store"
                        + " was unreachable)", rows.size(), dropped.get());
            }
        }
    }

    /** Questions not logged because the store could not be written and the in-memory bound was full. */
    public long dropped() {
        return dropped.get();
    }

    /** Questions recorded but not yet written. */
    public int pending() {
        return pendingCount.get();
    }

    /** Every logged question, oldest first: for audits and tests. */
    public List<LoggedQuestion> all() {
        return since(Instant.EPOCH).stream().map(LogEntry::question).toList();
    }

    /** The questions asked at or after {@code start}, oldest first, each with the votes on its answer. */
    public List<LogEntry> since(Instant start) {
        flush();
        return database.read(connection -> {
            List<LogEntry> entries = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT q.asked_at, q.channel, q.question,"
                    + " q.language, q.answered, q.adapter, q.millis, q.question_ref, q.channel_kind,"
                    + " q.model_answered, q.grounded, q.answer_text,"
                    + " (SELECT COUNT(*) FROM question_votes v WHERE v.question_ref = q.question_ref AND v.vote > 0),"
                    + " (SELECT COUNT(*) FROM question_votes v WHERE v.question_ref = q.question_ref AND v.vote < 0)"
                    + " FROM questions q WHERE q.asked_at >= ? ORDER BY q.id")) {
                select.setObject(1, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        entries.add(entry(result));
                    }
                }
            }
            return entries;
        });
    }

    private static LogEntry entry(ResultSet result) throws SQLException {
        Instant askedAt = result.getObject(1, OffsetDateTime.class).toInstant();
        boolean answered = result.getBoolean(5);
        Boolean grounded = (Boolean) result.getObject(11);
        Boolean model = (Boolean) result.getObject(10);
        LoggedQuestion question = new LoggedQuestion(result.getString(2), result.getString(3), result.getString(4),
                answered, result.getString(6), result.getLong(7), result.getString(8), result.getString(9),
                model != null && model, grounded == null ? answered : grounded, result.getString(12));
        return new LogEntry(askedAt, question, result.getInt(13), result.getInt(14));
    }

    public long count() {
        flush();
        return database.read(connection -> {
            try (var statement = connection.createStatement();
                    var result = statement.executeQuery("SELECT COUNT(*) FROM questions")) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    private void writeScheduled() {
        writeScheduled.set(false);
        try {
            flush();
        } catch (RuntimeException e) {
            if (failing.compareAndSet(false, true)) {
                log.warn("questions cannot be written to the question log ({}); the answers are still given and up"
                        + " to {} questions wait in memory until the store is back", e.getMessage(), maxPending);
            }
        }
    }

    private static String cut(String text) {
        return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    }

    private void insert(List<Row> rows) {
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO questions (asked_at, channel,"
                    + " question, language, answered, adapter, millis, question_ref, channel_kind, model_answered,"
                    + " grounded, answer_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Row row : rows) {
                    LoggedQuestion question = row.question();
                    insert.setObject(1, row.askedAt());
                    insert.setString(2, question.channel());
                    insert.setString(3, cut(question.question()));
                    insert.setString(4, question.language());
                    insert.setBoolean(5, question.answered());
                    insert.setString(6, question.adapter());
                    insert.setInt(7, (int) Math.min(Integer.MAX_VALUE, question.millis()));
                    insert.setString(8, question.ref());
                    insert.setString(9, question.channelKind());
                    insert.setBoolean(10, question.modelAnswered());
                    insert.setBoolean(11, question.grounded());
                    insert.setString(12, question.answerText() == null ? null : cut(question.answerText()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }
}
