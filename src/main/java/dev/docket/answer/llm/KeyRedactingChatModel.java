package dev.docket.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A chat model whose failures never carry the API key: an endpoint's error body may echo the key it was sent
 * ("Incorrect API key provided: sk-..."), and failures are logged. A failure that mentions the key is replaced by a
 * {@link KeyRedactedException} with the same chain description and the key cut out; others pass unchanged.
 */
final class KeyRedactingChatModel implements ChatModel {

    static final String REDACTED = "[redacted API key]";

    private final ChatModel model;
    private final String apiKey;

    KeyRedactingChatModel(ChatModel model, String apiKey) {
        this.model = model;
        this.apiKey = apiKey;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        try {
            return model.chat(request);
        } catch (RuntimeException e) {
            throw redacted(e);
        }
    }

    @Override
    public ChatResponse chat(List<ChatMessage> messages) {
        try {
            return model.chat(messages);
        } catch (RuntimeException e) {
            throw redacted(e);
        }
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return model.defaultRequestParameters();
    }

    @Override
    public ModelProvider provider() {
        return model.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return model.supportedCapabilities();
    }

    private RuntimeException redacted(RuntimeException failure) {
        List<String> names = new ArrayList<>();
        String innermost = "";
        boolean mentionsKey = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            names.add(cause.getClass().getSimpleName());
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                innermost = cause.getMessage();
                mentionsKey |= innermost.contains(apiKey);
            }
        }
        if (!mentionsKey) {
            return failure;
        }
        KeyRedactedException safe = new KeyRedactedException(
                (String.join(" > ", names) + ": " + innermost).replace(apiKey, REDACTED));
        safe.setStackTrace(failure.getStackTrace());
        return safe;
    }

    /** A model failure whose messages held the API key; the key is cut out and the causes are left behind. */
    static final class KeyRedactedException extends RuntimeException {

        KeyRedactedException(String message) {
            super(message);
        }
    }
}
