package dev.docket.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Keeps every question asked, with its language, outcome and time taken. */
public final class QuestionLog {

    private static final int MAX_QUESTION_CHARS = 4000;

    private final Database database;
    private final Clock clock;

    public QuestionLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void record(LoggedQuestion question) {
        database.transaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO questions (asked_at, channel,"
                    + " question, language, answered, adapter, millis) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, OffsetDateTime.now(clock));
                insert.setString(2, question.channel());
                String text = question.question();
                insert.setString(3, text.length() > MAX_QUESTION_CHARS ? text.substring(0, MAX_QUESTION_CHARS) : text);
                insert.setString(4, question.language());
                insert.setBoolean(5, question.answered());
                insert.setString(6, question.adapter());
                insert.setInt(7, (int) Math.min(Integer.MAX_VALUE, question.millis()));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Every logged question, oldest first: for audits and tests. */
    public List<LoggedQuestion> all() {
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
        return database.read(connection -> {
            try (var statement = connection.createStatement();
                    var result = statement.executeQuery("SELECT COUNT(*) FROM questions")) {
                result.next();
                return result.getLong(1);
            }
        });
    }
}
