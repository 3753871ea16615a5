package dev.docket.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ConfigLoaderTest {

    @Test
    void should_match_the_defaults_when_loading_the_shipped_config() {
        DocketConfig config = new ConfigLoader(Map.of()).load(Path.of("config", "docket.yaml"));

        assertEquals(DocketConfig.defaults(), config);
    }

    @Test
    void should_let_the_environment_override_a_key() {
        DocketConfig config = new ConfigLoader(Map.of("DOCKET_RETRIEVAL_RRF_K", "10", "DOCKET_DATA", "/tmp/d"))
                .load(null);

        assertEquals(10, config.retrieval().rrfK());
        assertEquals("/tmp/d", config.data());
    }

    @Test
    void should_name_every_unknown_key_in_one_message(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("docket.yaml");
        Files.writeString(file, "retreival:\n  rrf-k: 3\nanswer:\n  max-sentence: 2\n");

        ConfigException error = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of()).load(file));

        assertTrue(error.getMessage().contains("'retreival'"), error.getMessage());
        assertTrue(error.getMessage().contains("'answer.max-sentence'"), error.getMessage());
    }

    @Test
    void should_name_the_key_when_a_value_is_out_of_range() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> new ConfigLoader(Map.of("DOCKET_ANSWER_MAX_SENTENCES", "7")).load(null));

        assertTrue(error.getMessage().contains("answer.max-sentences"), error.getMessage());
    }

    @Test
    void should_read_the_llm_section_from_the_environment() {
        LlmConfig llm = new ConfigLoader(Map.of("DOCKET_LLM_PROVIDER", "ollama", "DOCKET_LLM_BASE_URL",
                "http://127.0.0.1:11434", "DOCKET_LLM_MODEL", "llama3.1:8b", "DOCKET_LLM_API_KEY_ENV", "OLLAMA_KEY",
                "DOCKET_LLM_TIMEOUT", "7.5")).load(null).llm();

        assertEquals(new LlmConfig("ollama", "http://127.0.0.1:11434", "llama3.1:8b", "OLLAMA_KEY", 0.0, 600, 7.5, 8,
                3, 60), llm);
    }

    @Test
    void should_ask_for_a_model_when_a_provider_is_set_without_one() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> new ConfigLoader(Map.of("DOCKET_LLM_PROVIDER", "openai")).load(null));

        assertTrue(error.getMessage().contains("llm.model"), error.getMessage());
    }

    @Test
    void should_read_discord_endpoints_from_the_discord_variables_when_set() {
        DocketConfig config = new ConfigLoader(Map.of(
                        "DISCORD_API_BASE_URL", "http://127.0.0.1:9000/api/v10",
                        "DISCORD_GATEWAY_URL", "ws://127.0.0.1:9001"))
                .load(null);

        assertEquals("http://127.0.0.1:9000/api/v10/", config.discord().apiBaseUrl());
        assertEquals("ws://127.0.0.1:9001/", config.discord().gatewayUrl());
    }

    @Test
    void should_prefer_the_docket_variable_when_both_names_are_set() {
        DocketConfig config = new ConfigLoader(Map.of(
                        "DISCORD_API_BASE_URL", "http://a.example/",
                        "DOCKET_DISCORD_API_BASE_URL", "http://b.example/"))
                .load(null);

        assertEquals("http://b.example/", config.discord().apiBaseUrl());
    }

    @Test
    void should_split_a_list_key_on_commas_when_overridden_from_the_environment() {
        DocketConfig config = new ConfigLoader(Map.of("DOCKET_DISCORD_GUILD_IDS", "123, 456")).load(null);

        assertEquals(java.util.List.of("123", "456"), config.discord().guildIds());
    }

    @Test
    void should_name_the_key_when_a_discord_id_is_not_a_number() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> new ConfigLoader(Map.of("DOCKET_DISCORD_ADMIN_ROLE_IDS", "moderators")).load(null));

        assertTrue(error.getMessage().contains("discord.admin-role-ids"), error.getMessage());
    }

    @Test
    void should_refuse_a_gateway_url_that_is_not_a_websocket() {
        ConfigException error = assertThrows(ConfigException.class,
                () -> new ConfigLoader(Map.of("DISCORD_GATEWAY_URL", "http://127.0.0.1:1")).load(null));

        assertTrue(error.getMessage().contains("discord.gateway-url"), error.getMessage());
    }

    @Test
    void should_name_every_bad_value_in_one_message_from_the_file_and_the_environment(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("docket.yaml");
        Files.writeString(file, "retrieval:\n  rrf-k: many\n  min-coverage: 3\nanswer:\n  max-sentences: 7\n"
                + "discord:\n  answer-dms: maybe\n");

        ConfigException error = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of(
                "DOCKET_LLM_TEMPERATURE", "9", "DOCKET_DISCORD_GATEWAY_URL", "http://127.0.0.1:1")).load(file));

        String message = error.getMessage();
        assertTrue(message.contains("'retrieval.rrf-k' must be a whole number, was \"many\""), message);
        assertTrue(message.contains("retrieval.min-coverage: must be between 0 and 1, was 3.0"), message);
        assertTrue(message.contains("answer.max-sentences: must be 1, 2 or 3, was 7"), message);
        assertTrue(message.contains("'discord.answer-dms' must be true or false"), message);
        assertTrue(message.contains("llm.temperature: must be between 0 and 2, was 9.0"), message);
        assertTrue(message.contains("discord.gateway-url: must be a ws:// or wss:// URL"), message);
    }

    @Test
    void should_name_a_key_that_needs_another_beside_the_values_that_are_bad_alone() {
        ConfigException error = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of(
                "DOCKET_LLM_PROVIDER", "openai", "DOCKET_LLM_TIMEOUT", "0")).load(null));

        assertTrue(error.getMessage().contains("llm.timeout"), error.getMessage());
        assertTrue(error.getMessage().contains("llm.model: must name the model"), error.getMessage());
    }

    @Test
    void should_name_an_unknown_provider_as_such_beside_every_other_bad_value() {
        ConfigException error = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of(
                "DOCKET_LLM_PROVIDER", "openia", "DOCKET_LLM_TEMPERATURE", "9",
                "DOCKET_RETRIEVAL_RRF_K", "0")).load(null));

        String message = error.getMessage();
        assertTrue(message.contains("llm.provider: unknown provider 'openia'"), message);
        assertTrue(message.contains("llm.temperature"), message);
        assertTrue(message.contains("retrieval.rrf-k"), message);
        assertFalse(message.contains("llm.model"), message);
    }

    @Test
    void should_say_which_source_gave_each_bad_value_when_file_and_environment_disagree(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("docket.yaml");
        Files.writeString(file, "answer:\n  max-sentences: 7\n");

        ConfigException error = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of(
                "DOCKET_LLM_TEMPERATURE", "9")).load(file));

        String message = error.getMessage();
        assertTrue(message.contains("answer.max-sentences: must be 1, 2 or 3, was 7 (from " + file + ")"), message);
        assertTrue(message.contains("(from environment variable DOCKET_LLM_TEMPERATURE)"), message);
        assertFalse(message.contains("temperature: must be between 0 and 2, was 9.0 (from " + file), message);
    }

    @Test
    void should_refuse_without_showing_it_when_the_key_itself_is_given_as_the_key_variable() {
        ConfigException error = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of(
                "DOCKET_LLM_API_KEY_ENV", "sk-proj-Abc123Def456")).load(null));

        assertTrue(error.getMessage().contains("llm.api-key-env: must be the NAME"), error.getMessage());
        assertFalse(error.getMessage().contains("Abc123Def456"), error.getMessage());
    }
}
