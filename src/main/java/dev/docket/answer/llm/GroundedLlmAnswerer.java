package dev.docket.answer.llm;

import dev.docket.answer.Answer;
import dev.docket.answer.Answerer;
import dev.docket.answer.Citation;
import dev.docket.answer.ExtractiveAnswerer;
import dev.docket.answer.Question;
import dev.docket.retrieval.Retrieval;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a language model, never without a check: retrieval runs as for the extractive answer; when no
 * passage relates to the question at all the extractive refusal is given without calling the model; otherwise
 * the model gets the numbered sources and the question and decides, even where the extractive answer would
 * refuse. A reply saying the sources don't answer becomes a refusal in the asker's language; any other reply is
 * shown only if it passes the {@link GroundingCheck}. A failed call
 * (refused connection, HTTP error, malformed reply, no reply within the timeout), an open circuit breaker or an
 * ungrounded reply gives the extractive answer instead, with one log line saying why.
 *
 * <p>Citations of a model answer are renumbered in order of first use; their snippets are exact text of the file:
 * the passage sentences that state the answer's figures, or the passage's best-ranked sentence.
 */
public final class GroundedLlmAnswerer implements Answerer {

    private static final Logger log = LoggerFactory.getLogger(GroundedLlmAnswerer.class);

    private final ExtractiveAnswerer extractive;
    private final ChatModel model;
    private final String adapter;
    private final SourceNumbering numbering;
    private final GroundingCheck check;
    private final CircuitBreaker breaker;
    private final Executor executor;
    private final Duration timeout;

    GroundedLlmAnswerer(
            ExtractiveAnswerer extractive,
            ChatModel model,
            String adapter,
            SourceNumbering numbering,
            GroundingCheck check,
            CircuitBreaker breaker,
            Executor executor,
            Duration timeout) {
        this.extractive = extractive;
        this.model = model;
        this.adapter = adapter;
        this.numbering = numbering;
        this.check = check;
        this.breaker = breaker;
        this.executor = executor;
        this.timeout = timeout;
    }

    @Override
    public Answer answer(Question question) {
        Retrieval retrieval = extractive.retrieve(question);
        if (!retrieval.relevant() || retrieval.sentences().isEmpty()) {
            return extractive.compose(retrieval);
        }
        if (!breaker.allowsCall()) {
            log.info("llm {}: not called, it failed repeatedly (circuit breaker open until {}); answered"
                    + " extractively", adapter, breaker.closedAgainAt());
            return extractive.compose(retrieval);
        }
        List<NumberedSource> sources = numbering.number(retrieval);
        String language = retrieval.question().language();
        String reply;
        try {
            reply = call(GroundedPrompt.messages(question.text(), language, sources, question.history()));
            breaker.recordSuccess();
        } catch (ModelCallException e) {
            breaker.recordFailure();
            log.warn("llm {}: {}; answered extractively", adapter, e.getMessage());
            log.debug("llm {}: failure detail", adapter, e);
            return extractive.compose(retrieval);
        }
        if (GroundedPrompt.saysNotAnswered(reply)) {
            log.info("llm {}: the sources don't answer '{}'", adapter, question.text());
            Answer refusal = extractive.refusal(question.text(), extractive.languageOf(retrieval),
                    retrieval.index());
            return new Answer(refusal.question(), refusal.language(), false, refusal.text(), List.of(), adapter,
                    false, 0);
        }
        Grounding grounding = check.check(reply, language, sources);
        if (!grounding.grounded()) {
            log.warn("llm {}: reply not shown, {}; answered extractively", adapter, grounding.problem());
            return extractive.compose(retrieval);
        }
        return grounded(question.text(), language, reply, sources, grounding);
    }

    private String call(List<ChatMessage> messages) throws ModelCallException {
        FutureTask<ChatResponse> task = new FutureTask<>(() -> model.chat(messages));
        executor.execute(task);
        try {
            ChatResponse response = task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response == null || response.aiMessage() == null || response.aiMessage().text() == null) {
                throw new ModelCallException("the reply has no text", null);
            }
            return response.aiMessage().text();
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new ModelCallException("no reply within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ModelCallException("call failed (" + describe(cause) + ")", cause);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new ModelCallException("interrupted while waiting for the reply", e);
        }
    }

    private Answer grounded(
            String question, String language, String reply, List<NumberedSource> sources, Grounding grounding) {
        List<Integer> cited = grounding.citedInOrder();
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < cited.size(); i++) {
            int n = cited.get(i);
            citations.add(sources.get(n - 1).citation(i + 1, grounding.sourceToSentences().getOrDefault(n, List.of())));
        }
        return new Answer(question, language, true, renumbered(reply.strip(), cited), citations, adapter, true, 0);
    }

    /** The reply with each {@code [n]} replaced by the number of source n among the cited ones. */
    private static String renumbered(String reply, List<Integer> cited) {
        Matcher matcher = GroundingCheck.MARKER.matcher(reply);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            List<String> numbers = new ArrayList<>();
            for (int number : GroundingCheck.numbers(matcher)) {
                numbers.add(String.valueOf(cited.indexOf(number) + 1));
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement("[" + String.join(", ", numbers) + "]"));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /**
     * The cause chain on one short line, without bare wrappers: "ConnectException > ClosedChannelException",
     * "InternalServerException: {...}", with the innermost message there is.
     */
    private static String describe(Throwable failure) {
        Set<String> names = new LinkedHashSet<>();
        String message = "";
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass() != RuntimeException.class) {
                names.add(cause.getClass().getSimpleName());
            }
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage().strip().lines().findFirst().orElse("");
            }
        }
        String line = message.length() > 200 ? message.substring(0, 200) + "..." : message;
        return String.join(" > ", names) + (line.isEmpty() || line.startsWith("java.") ? "" : ": " + line);
    }

    /** The model could not be asked or gave nothing usable. */
    private static final class ModelCallException extends Exception {

        ModelCallException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
