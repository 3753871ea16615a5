package dev.docket.answer;

import dev.docket.language.LanguageDetector;
import dev.docket.store.LoggedQuestion;
import dev.docket.store.QuestionLog;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a question from any front end (CLI, console, Discord): cleans it, refuses empty or over-long ones with a
 * message that says why, answers the rest, times the answer and writes it to the question log.
 */
public final class QuestionHandler {

    private static final Logger log = LoggerFactory.getLogger(QuestionHandler.class);

    private final Answerer answerer;
    private final QuestionLog questionLog;
    private final LanguageDetector languageDetector;
    private final int maxQuestionChars;
    private final Clock clock;

    public QuestionHandler(
            Answerer answerer, QuestionLog questionLog, LanguageDetector languageDetector, int maxQuestionChars,
            Clock clock) {
        this.answerer = answerer;
        this.questionLog = questionLog;
        this.languageDetector = languageDetector;
        this.maxQuestionChars = maxQuestionChars;
        this.clock = clock;
    }

    public Answer handle(Question question) {
        long started = clock.millis();
        String text = clean(question.text());
        Answer answer;
        if (text.isEmpty()) {
            answer = notAccepted(question.text(), question.languageHint(), "empty");
        } else if (text.length() > maxQuestionChars) {
            String language = languageDetector.detect(text, hintOrEnglish(question.languageHint()));
            answer = notAccepted(text, language, "too.long", text.length(), maxQuestionChars);
        } else {
            answer = FollowUpQuestion.askedAs(answerer.answer(question.withText(text)), text);
            if (!Phrases.speaks(languageDetector.detect(text, hintOrEnglish(question.languageHint())))) {
                answer = inEnglishWithNote(answer);
            }
        }
        answer = answer.withMillis(clock.millis() - started);
        record(question, answer);
        return answer;
    }

    /** An answer to a question in a language Docket doesn't write is in English and says so first. */
    private static Answer inEnglishWithNote(Answer answer) {
        String note = Phrases.say("en", "other.language");
        if (answer.text().startsWith(note)) {
            return answer;
        }
        return new Answer(answer.question(), answer.language(), answer.answered(), note + " " + answer.text(),
                answer.citations(), answer.adapter(), answer.grounded(), answer.millis(), answer.figureSummary());
    }

    /** Removes control and zero-width characters and collapses white space. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String visible = text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", "").replaceAll("[\\u200B-\\u200D\\uFEFF]", "");
        return visible.replaceAll("\\s+", " ").strip();
    }

    private static Answer notAccepted(String question, String language, String key, Object... arguments) {
        String spoken = Phrases.speaks(language) ? language : "en";
        return new Answer(question == null ? "" : question, spoken, false, Phrases.say(spoken, key, arguments),
                List.of(), "none", false, 0);
    }

    private static String hintOrEnglish(String hint) {
        return hint == null ? "en" : hint;
    }

    private void record(Question question, Answer answer) {
        try {
            boolean model = !ExtractiveAnswerer.ADAPTER.equals(answer.adapter()) && !"none".equals(answer.adapter());
            questionLog.record(new LoggedQuestion(question.channel(), answer.question(), answer.language(),
                    answer.answered(), answer.adapter(), answer.millis(), question.ref(), question.channelKind(),
                    model, answer.grounded(), answer.text()));
        } catch (RuntimeException e) {
            log.warn("question log could not be written; the answer was still given", e);
        }
    }
}
