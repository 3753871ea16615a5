package dev.docket.discord;

import dev.docket.answer.Answer;
import dev.docket.answer.Question;
import dev.docket.answer.QuestionHandler;
import dev.docket.answer.Turn;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Discord questions enter, from slash commands and messages alike: the per-user rate limit, then the
 * {@link QuestionHandler} (cleaning, length limit, answer, question log) on the answer executor, never on JDA's
 * event thread.
 */
final class QuestionIntake {

    private static final Logger log = LoggerFactory.getLogger(QuestionIntake.class);

    static final String CHANNEL = "discord";
    private static final Pattern MENTION = Pattern.compile("<(@[!&]?|#)\\d+>|@everyone\\b|@here\\b");

    private final QuestionHandler questionHandler;
    private final QuestionRateLimiter rateLimiter;
    private final Executor answerExecutor;

    QuestionIntake(QuestionHandler questionHandler, QuestionRateLimiter rateLimiter, Executor answerExecutor) {
        this.questionHandler = questionHandler;
        this.rateLimiter = rateLimiter;
        this.answerExecutor = answerExecutor;
    }

    /** Empty when {@code userId} may ask now (the question is counted), else when the next question is welcome. */
    Optional<Instant> admit(String userId) {
        return rateLimiter.tryAcquire(userId);
    }

    /** The polite refusal for a user over the limit, with a Discord timestamp that counts down in their client. */
    String rateLimited(DiscordLocale locale, Instant retryAt) {
        return DiscordPhrases.say(locale, "rate.limited", rateLimiter.questionsPerMinute(),
                "<t:" + (retryAt.getEpochSecond() + 1) + ":R>");
    }

    /**
     * Answers {@code text} on the answer executor, as a follow-up of {@code history} (empty for a question on its
     * own); {@code languageHint} is the conversation's language or the user's locale, used when the text doesn't
     * decide; {@code ref} is the Discord id the question's log row is found by (for votes), {@code channelKind} where
     * it was asked. When every answer thread is busy and the queue is full, the answer is a polite "busy" refusal
     * at once.
     */
    CompletableFuture<Answer> answer(
            String text, String languageHint, List<Turn> history, String ref, String channelKind) {
        Question question = new Question(withoutMentions(text), languageHint, CHANNEL, history, ref, channelKind);
        try {
            return CompletableFuture.supplyAsync(() -> questionHandler.handle(question), answerExecutor);
        } catch (RejectedExecutionException e) {
            log.warn("the answer queue is full; a question was declined as busy (raise discord.answer-threads or"
                    + " discord.answer-queue if this happens often)");
            String language = DiscordPhrases.language(languageHint);
            return CompletableFuture.completedFuture(new Answer(text, language, false,
                    DiscordPhrases.say(language, "busy"), List.of(), "none", false, 0));
        }
    }

    /**
     * The question without Discord mention syntax ({@code <@id>}, {@code <@!id>}, {@code <@&role>}, {@code <#channel>},
     * {@code @everyone}, {@code @here}): ids are not words of the question and would only mislead retrieval.
     */
    static String withoutMentions(String text) {
        return MENTION.matcher(text).replaceAll(" ").strip();
    }

    static String languageHint(DiscordLocale locale) {
        if (locale == null || locale == DiscordLocale.UNKNOWN) {
            return null;
        }
        String language = Locale.forLanguageTag(locale.getLocale()).getLanguage();
        return language.isEmpty() ? null : language;
    }
}
