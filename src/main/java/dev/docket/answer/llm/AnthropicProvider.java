package dev.docket.answer.llm;

import dev.docket.config.LlmConfig;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;

/** {@code anthropic}: Anthropic's Messages API; it always needs a key. */
final class AnthropicProvider implements ChatModelProvider {

    @Override
    public String name() {
        return "anthropic";
    }

    @Override
    public ChatModel create(LlmConfig config, String apiKey) {
        if (apiKey == null) {
            throw new IllegalArgumentException("llm.api-key-env: provider anthropic needs an API key; set"
                    + " llm.api-key-env (or DOCKET_LLM_API_KEY_ENV) to the name of the environment variable that"
                    + " holds it, e.g. ANTHROPIC_API_KEY");
        }
        AnthropicChatModel.AnthropicChatModelBuilder builder = AnthropicChatModel.builder()
                .apiKey(apiKey)
                .modelName(config.model())
                .temperature(config.temperature())
                .maxTokens(config.maxTokens())
                .timeout(config.timeoutDuration())
                .maxRetries(0);
        if (!config.baseUrl().isEmpty()) {
            builder.baseUrl(config.baseUrl());
        }
        return builder.build();
    }
}
