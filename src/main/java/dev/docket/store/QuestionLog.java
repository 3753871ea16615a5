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
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every question asked, with its language, outcome, answer and time taken. {@link #record} only queues the
 * question: the rows are written in batches on {@code executor}, off the answer path. {@link #count} and
 * {@link #flush} write what is queued first, so readers see every recorded question.
 */
public final class QuestionLog {

    private static final Logger log = LoggerFactory.getLogger(QuestionLog.class);
    private static final int MAX_TEXT_CHARS = 4000;

    private record Row(OffsetDateTime askedAt, LoggedQuestion question) {}

    private final Database database;
    private final Clock clock;
    private final Executor executor;
    private final Queue<Row> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private final Object writeLock = new Object();

    /** A log that writes each question before {@link #record} returns. */
    public QuestionLog(Database database, Clock clock) {
        this(database, clock, Runnable::run);
    }

    public QuestionLog(Database database, Clock clock, Executor executor) {
        this.database = database;
        this.clock = clock;
        this.executor = executor;
    }

    public void record(LoggedQuestion question) {
        pending.add(new Row(OffsetDateTime.now(clock), question));
        if (writeScheduled.compareAndSet(false, true)) {
            executor.execute(this::writeScheduled);
        }
    }

    /** Writes every queued question now, in one transaction. */
    public void flush() {
        synchronized (writeLock) {
            List<Row> rows = new ArrayList<>();
            for (Row row = pending.poll(); row != null; row = pending.poll()) {
                rows.add(row);
            }
            if (!rows.isEmpty()) {
                insert(rows);
            }
        }
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
            log.warn("questions could not be written to the question log; the answers were still given", e);
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
