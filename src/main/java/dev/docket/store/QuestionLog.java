package dev.docket.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every question asked, with its language, outcome and time taken. {@link #record} only queues the
 * question: the rows are written in batches on {@code executor}, off the answer path. {@link #count} and
 * {@link #flush} write what is queued first, so readers see every recorded question.
 */
public final class QuestionLog {

    private static final Logger log = LoggerFactory.getLogger(QuestionLog.class);
    private static final int MAX_QUESTION_CHARS = 4000;

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
        flush();
        return database.read(connection -> {
            List<LoggedQuestion> questions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT channel, question, language,"
                            + " answered, adapter, millis FROM questions ORDER BY id");
                    ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    questions.add(new LoggedQuestion(result.getString(1), result.getString(2), result.getString(3),
                            result.getBoolean(4), result.getString(5), result.getLong(6)));
                }
            }
            return questions;
        });
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

    private void insert(List<Row> rows) {
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO questions (asked_at, channel,"
                    + " question, language, answered, adapter, millis) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Row row : rows) {
                    LoggedQuestion question = row.question();
                    insert.setObject(1, row.askedAt());
                    insert.setString(2, question.channel());
                    String text = question.question();
                    insert.setString(3, text.length() > MAX_QUESTION_CHARS ? text.substring(0, MAX_QUESTION_CHARS) : text);
                    insert.setString(4, question.language());
                    insert.setBoolean(5, question.answered());
                    insert.setString(6, question.adapter());
                    insert.setInt(7, (int) Math.min(Integer.MAX_VALUE, question.millis()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }
}
