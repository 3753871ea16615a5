package dev.docket.answer.llm;

import dev.docket.answer.Answerer;
import dev.docket.answer.ExtractiveAnswerer;
import dev.docket.config.LlmConfig;
import dev.docket.figures.FigureReader;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses the answerer {@code llm.provider} asks for; the composition root's one call into this package. */
public final class LlmAnswerers {

    private static final Logger log = LoggerFactory.getLogger(LlmAnswerers.class);

    private LlmAnswerers() {}

    /**
     * The extractive answerer itself when {@code llm.provider} is {@code extractive}; otherwise a
     * {@link GroundedLlmAnswerer} over the configured model that falls back to it.
     *
     * @param environment where the API key is read from (the variable {@code llm.api-key-env} names)
     * @throws dev.docket.config.ConfigException when the provider is unknown or its key is missing
     */
    public static Answerer select(
            LlmConfig config, ExtractiveAnswerer extractive, FigureReader figures, Map<String, String> environment,
            Clock clock) {
        if (!config.usesModel()) {
            return extractive;
        }
        return grounded(config, extractive, figures, ChatModelFactory.withBuiltInProviders(), environment, clock,
                modelCallThreads());
    }

    static GroundedLlmAnswerer grounded(
            LlmConfig config, ExtractiveAnswerer extractive, FigureReader figures, ChatModelFactory factory,
            Map<String, String> environment, Clock clock, Executor executor) {
        String adapter = ChatModelFactory.adapterName(config);
        GroundedLlmAnswerer answerer = new GroundedLlmAnswerer(
                extractive,
                factory.create(config, environment),
                adapter,
                new SourceNumbering(config.maxSources()),
                new GroundingCheck(figures),
                new CircuitBreaker(clock, config.breakerFailures(), config.breakerPauseDuration()),
                executor,
                config.timeoutDuration());
        log.info("answers by {} at {}, checked against their sources; timeout {} s", adapter,
                config.baseUrl().isEmpty() ? "the provider's default endpoint" : withoutUserInfo(config.baseUrl()),
                config.timeout());
        return answerer;
    }

    /** The URL without "user:password@", which must never reach a log. */
    private static String withoutUserInfo(String url) {
        return url.replaceFirst("//[^/@]*@", "//");
    }

    /** Daemon threads, so a call still waiting on a dead endpoint never keeps the JVM alive. */
    private static ExecutorService modelCallThreads() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "docket-llm-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
