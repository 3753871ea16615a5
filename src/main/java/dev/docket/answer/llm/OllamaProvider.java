package dev.docket.answer.llm;

import dev.docket.config.LlmConfig;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;

/** {@code ollama}: Ollama's native chat API; without {@code llm.base-url} the local default port. */
final class OllamaProvider implements ChatModelProvider {

    private static final String LOCAL_OLLAMA = "http://localhost:11434";

    @Override
    public String name() {
        return "ollama";
    }

    @Override
    public ChatModel create(LlmConfig config, String apiKey) {
        return OllamaChatModel.builder()
                .baseUrl(config.baseUrl().isEmpty() ? LOCAL_OLLAMA : config.baseUrl())
                .modelName(config.model())
                .temperature(config.temperature())
                .numPredict(config.maxTokens())
                .timeout(config.timeoutDuration())
                .maxRetries(0)
                .build();
    }
}
