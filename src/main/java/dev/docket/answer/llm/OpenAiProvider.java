package dev.docket.answer.llm;

import dev.docket.config.LlmConfig;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

/**
 * {@code openai}: any OpenAI-compatible chat completions endpoint (OpenAI, vLLM, llama.cpp server, LM Studio,
 * Ollama's {@code /v1}). Without {@code llm.base-url} it calls OpenAI; without a key it sends none.
 */
final class OpenAiProvider implements ChatModelProvider {

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public ChatModel create(LlmConfig config, String apiKey) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .modelName(config.model())
                .apiKey(apiKey)
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
