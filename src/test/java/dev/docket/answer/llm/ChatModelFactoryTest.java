package dev.docket.answer.llm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.ConfigException;
import dev.docket.config.ConfigLoader;
import dev.docket.config.LlmConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ChatModelFactoryTest {

    private final ChatModelFactory factory = ChatModelFactory.withBuiltInProviders();

    @Test
    void should_name_the_known_providers_when_the_config_names_an_unknown_one() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> config("gemini", ""));

        assertTrue(error.getMessage().contains("llm.provider: unknown provider 'gemini'"), error.getMessage());
        assertTrue(error.getMessage().contains("extractive, openai, ollama, anthropic"), error.getMessage());
    }

    @Test
    void should_have_a_provider_for_every_model_provider_the_config_accepts() {
        for (String name : LlmConfig.PROVIDERS.subList(1, LlmConfig.PROVIDERS.size())) {
            try {
                factory.create(config(name, ""), Map.of());
            } catch (ConfigException e) {
                assertFalse(e.getMessage().contains("unknown provider"), e.getMessage());
            }
        }
    }

    @Test
    void should_name_the_variable_but_not_the_key_when_the_key_variable_is_unset() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> factory.create(config("openai", "MY_OPENAI_KEY"), Map.of("OTHER", "sk-secret")));

        assertTrue(error.getMessage().contains("MY_OPENAI_KEY is not set"), error.getMessage());
    }

    @Test
    void should_ask_for_a_key_when_anthropic_has_none() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> factory.create(config("anthropic", ""), Map.of()));

        assertTrue(error.getMessage().contains("llm.api-key-env"), error.getMessage());
    }

    @Test
    void should_build_a_model_for_every_built_in_provider() {
        for (String provider : List.of("openai", "ollama", "anthropic")) {
            assertNotNull(factory.create(config(provider, "KEY_VAR"), Map.of("KEY_VAR", "sk-secret")));
        }
    }

    @Test
    void should_fail_fast_when_two_providers_share_a_name() {
        assertThrows(IllegalArgumentException.class,
                () -> new ChatModelFactory(List.of(new OpenAiProvider(), new OpenAiProvider())));
    }

    @Test
    void should_keep_the_key_out_of_the_configuration() {
        LlmConfig config = new ConfigLoader(Map.of("DOCKET_LLM_PROVIDER", "openai", "DOCKET_LLM_MODEL", "m",
                "DOCKET_LLM_API_KEY_ENV", "KEY_VAR", "KEY_VAR", "sk-secret")).load(null).llm();

        assertFalse(config.toString().contains("sk-secret"));
        assertTrue(config.toString().contains("KEY_VAR"));
    }

    private static LlmConfig config(String provider, String apiKeyEnv) {
        return new LlmConfig(provider, "", "some-model", apiKeyEnv, 0.0, 300, 2, 5, 3, 60);
    }
}
