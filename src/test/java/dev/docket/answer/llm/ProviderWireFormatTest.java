package dev.docket.answer.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docket.config.LlmConfig;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each provider's real client sends over the wire and reads back, against {@link FakeModelServer} on
 * 127.0.0.1: the path, the headers that carry the key, and the JSON fields each API documents.
 */
final class ProviderWireFormatTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, String> ENVIRONMENT = Map.of("FAKE_MODEL_KEY", "sk-test");

    @Test
    void should_post_openai_chat_completions_with_bearer_key_messages_and_limits_when_provider_is_openai()
            throws Exception {
        try (FakeModelServer server = FakeModelServer.start(FakeModelServer.Protocol.OPENAI)) {
            server.replyWith(prompt -> "Over 2,000 widgets [1].");

            ChatResponse response = chat(server, "openai");

            FakeModelServer.Request request = server.received().get(0);
            JsonNode body = MAPPER.readTree(request.body());
            assertEquals("POST /v1/chat/completions", request.method() + " " + request.path());
            assertEquals("Bearer sk-test", request.headers().get("authorization"));
            assertEquals("fake-model", body.path("model").asText());
            assertEquals("system", body.path("messages").get(0).path("role").asText());
            assertEquals("Rules.", body.path("messages").get(0).path("content").asText());
            assertEquals("user", body.path("messages").get(1).path("role").asText());
            assertEquals(0.0, body.path("temperature").asDouble());
            assertEquals(300, body.path("max_tokens").asInt(body.path("max_completion_tokens").asInt()));
            assertEquals("Over 2,000 widgets [1].", response.aiMessage().text());
        }
    }

    @Test
    void should_post_ollama_api_chat_without_streaming_and_with_options_when_provider_is_ollama() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(FakeModelServer.Protocol.OLLAMA)) {
            server.replyWith(prompt -> "Über 2.000 Geräte [1].");

            ChatResponse response = chat(server, "ollama");

            FakeModelServer.Request request = server.received().get(0);
            JsonNode body = MAPPER.readTree(request.body());
            assertEquals("POST /api/chat", request.method() + " " + request.path());
            assertEquals("fake-model", body.path("model").asText());
            assertEquals(false, body.path("stream").asBoolean(true));
            assertEquals("system", body.path("messages").get(0).path("role").asText());
            assertEquals("user", body.path("messages").get(1).path("role").asText());
            assertEquals(0.0, body.path("options").path("temperature").asDouble(-1));
            assertEquals(300, body.path("options").path("num_predict").asInt());
            assertEquals("Über 2.000 Geräte [1].", response.aiMessage().text());
        }
    }

    @Test
    void should_post_anthropic_messages_with_key_header_version_and_system_field_when_provider_is_anthropic()
            throws Exception {
        try (FakeModelServer server = FakeModelServer.start(FakeModelServer.Protocol.ANTHROPIC)) {
            server.replyWith(prompt -> "Plus de 2 000 appareils [1].");

            ChatResponse response = chat(server, "anthropic");

            FakeModelServer.Request request = server.received().get(0);
            JsonNode body = MAPPER.readTree(request.body());
            assertEquals("POST /v1/messages", request.method() + " " + request.path());
            assertEquals("sk-test", request.headers().get("x-api-key"));
            assertTrue(request.headers().containsKey("anthropic-version"), request.headers().toString());
            assertEquals("fake-model", body.path("model").asText());
            assertEquals("Rules.", systemText(body.path("system")));
            assertEquals(1, body.path("messages").size());
            assertEquals("user", body.path("messages").get(0).path("role").asText());
            assertEquals(300, body.path("max_tokens").asInt());
            assertEquals("Plus de 2 000 appareils [1].", response.aiMessage().text());
        }
    }

    private static ChatResponse chat(FakeModelServer server, String provider) {
        LlmConfig config = new LlmConfig(provider, server.baseUrl(), "fake-model", "FAKE_MODEL_KEY", 0.0, 300, 5, 5,
                3, 60);
        ChatModel model = ChatModelFactory.withBuiltInProviders().create(config, ENVIRONMENT);
        return model.chat(List.of(SystemMessage.from("Rules."), UserMessage.from("Question?")));
    }

    /** Anthropic's "system" is a string or a list of text blocks. */
    private static String systemText(JsonNode system) {
        return system.isTextual() ? system.asText() : system.get(0).path("text").asText();
    }
}
