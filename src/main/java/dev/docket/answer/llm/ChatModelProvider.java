package dev.docket.answer.llm;

import dev.docket.config.LlmConfig;
import dev.langchain4j.model.chat.ChatModel;

/**
 * One kind of model endpoint, named by {@code llm.provider}. Adding a provider is one class like this, listed in
 * {@link ChatModelFactory#withBuiltInProviders()}.
 */
public interface ChatModelProvider {

    /** The value of {@code llm.provider} that selects this provider. */
    String name();

    /**
     * A client for the configured endpoint. Clients must not retry on their own (the caller has one deadline for
     * the whole call) and must use {@link LlmConfig#timeoutDuration()}.
     *
     * @param apiKey the key read from the environment variable {@code llm.api-key-env} names, or null
     */
    ChatModel create(LlmConfig config, String apiKey);
}
