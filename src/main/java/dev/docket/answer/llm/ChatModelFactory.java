package dev.docket.answer.llm;

import dev.docket.config.ConfigException;
import dev.docket.config.LlmConfig;
import dev.langchain4j.model.chat.ChatModel;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the chat model {@code llm.provider} names, with the key read from the environment. */
public final class ChatModelFactory {

    private final Map<String, ChatModelProvider> nameToProvider = new TreeMap<>();

    public ChatModelFactory(List<ChatModelProvider> providers) {
        for (ChatModelProvider provider : providers) {
            if (provider.name().equals(LlmConfig.EXTRACTIVE)
                    || nameToProvider.putIfAbsent(provider.name(), provider) != null) {
                throw new IllegalArgumentException("provider name '" + provider.name() + "' is taken twice");
            }
        }
    }

    /** The providers Docket ships: {@code openai}, {@code ollama}, {@code anthropic}. */
    public static ChatModelFactory withBuiltInProviders() {
        return new ChatModelFactory(List.of(new OpenAiProvider(), new OllamaProvider(), new AnthropicProvider()));
    }

    /**
     * The model for {@code config}. The API key is read here, once, from the environment variable that
     * {@code llm.api-key-env} names; it is handed to the client and kept nowhere else.
     *
     * @throws ConfigException naming the key to fix when the provider is unknown or the key variable is unset
     */
    public ChatModel create(LlmConfig config, Map<String, String> environment) {
        ChatModelProvider provider = nameToProvider.get(config.provider());
        if (provider == null) {
            throw new ConfigException("llm.provider: unknown provider '" + config.provider() + "'; use "
                    + LlmConfig.EXTRACTIVE + ", " + String.join(", ", nameToProvider.keySet()));
        }
        try {
            String apiKey = apiKey(config, environment);
            ChatModel model = provider.create(config, apiKey);
            return apiKey == null ? model : new KeyRedactingChatModel(model, apiKey);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** How answers of this model are labelled, e.g. {@code openai:gpt-4o-mini}. */
    public static String adapterName(LlmConfig config) {
        return config.provider() + ":" + config.model();
    }

    private static String apiKey(LlmConfig config, Map<String, String> environment) {
        if (config.apiKeyEnv().isEmpty()) {
            return null;
        }
        String key = environment.get(config.apiKeyEnv());
        if (key == null || key.isBlank()) {
            throw new ConfigException("llm.api-key-env: the environment variable " + config.apiKeyEnv()
                    + " is not set; export it with the API key, or clear llm.api-key-env for a server without keys");
        }
        return key.strip();
    }
}
