package dev.docket.config;

import java.time.Duration;
import java.util.List;

/**
 * Which language model writes answers, if any. The default provider {@code extractive} uses no model: answers
 * quote the articles, offline. Any other provider's answers are checked against their sources before anyone sees
 * them, and fall back to the extractive answer when the check or the call fails.
 *
 * @param provider {@code extractive}, {@code openai} (any OpenAI-compatible server), {@code ollama} (native API)
 *     or {@code anthropic}
 * @param baseUrl the endpoint; empty means the provider's public default
 * @param model the model name the endpoint knows, e.g. {@code gpt-4o-mini}; required for every provider but
 *     {@code extractive}
 * @param apiKeyEnv the NAME of the environment variable holding the API key, never the key; empty sends no key
 * @param temperature sampling temperature (0 to 2); low values keep the model close to its sources
 * @param maxTokens longest answer the model may write, in tokens
 * @param timeout seconds to wait for the model before answering extractively
 * @param maxSources retrieved passages numbered as sources in the prompt (1 to 10)
 * @param breakerFailures consecutive failed calls after which the model is not called for {@code breakerPause}
 * @param breakerPause seconds the model is left alone after {@code breakerFailures} failures
 */
public record LlmConfig(
        String provider,
        String baseUrl,
        String model,
        String apiKeyEnv,
        double temperature,
        int maxTokens,
        double timeout,
        int maxSources,
        int breakerFailures,
        double breakerPause) {

    /** The provider that uses no model. */
    public static final String EXTRACTIVE = "extractive";

    /** Every provider name Docket knows; {@code answer.llm.ChatModelFactory} has one provider for each but this. */
    public static final List<String> PROVIDERS = List.of(EXTRACTIVE, "openai", "ollama", "anthropic");

    public LlmConfig {
        provider = provider == null || provider.isBlank() ? EXTRACTIVE : provider.strip();
        if (!PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("llm.provider: unknown provider '" + provider + "'; use one of "
                    + String.join(", ", PROVIDERS));
        }
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        model = model == null ? "" : model.strip();
        apiKeyEnv = apiKeyEnv == null ? "" : apiKeyEnv.strip();
        if (!apiKeyEnv.isEmpty() && !apiKeyEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("llm.api-key-env: must be the NAME of the environment variable that"
                    + " holds the key (letters, digits and _), never the key itself; the value is not shown here");
        }
        if (temperature < 0 || temperature > 2) {
            throw new IllegalArgumentException("llm.temperature: must be between 0 and 2, was " + temperature);
        }
        ConfigChecks.positive("llm.max-tokens", maxTokens);
        if (timeout <= 0 || timeout > 600) {
            throw new IllegalArgumentException("llm.timeout: must be more than 0 and at most 600 seconds, was "
                    + timeout);
        }
        if (maxSources < 1 || maxSources > 10) {
            throw new IllegalArgumentException("llm.max-sources: must be between 1 and 10, was " + maxSources);
        }
        ConfigChecks.positive("llm.breaker-failures", breakerFailures);
        if (breakerPause < 0) {
            throw new IllegalArgumentException("llm.breaker-pause: must be 0 or more seconds, was " + breakerPause);
        }
        if (!provider.equals(EXTRACTIVE) && model.isEmpty()) {
            throw new IllegalArgumentException("llm.model: must name the model when llm.provider is " + provider
                    + " (set llm.model or DOCKET_LLM_MODEL)");
        }
    }

    public static LlmConfig defaults() {
        return new LlmConfig(EXTRACTIVE, "", "", "", 0.0, 600, 20, 8, 3, 60);
    }

    /** True when answers are written by a model rather than quoted. */
    public boolean usesModel() {
        return !provider.equals(EXTRACTIVE);
    }

    public Duration timeoutDuration() {
        return Duration.ofMillis(Math.round(timeout * 1000));
    }

    public Duration breakerPauseDuration() {
        return Duration.ofMillis(Math.round(breakerPause * 1000));
    }
}
