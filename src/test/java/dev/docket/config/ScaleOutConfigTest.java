package dev.docket.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ScaleOutConfigTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"0-3;8;[0, 1, 2, 3]", "4,5;8;[4, 5]", "0-1, 6;8;[0, 1, 6]", "1;2;[1]"})
    void should_run_the_named_shards_when_shard_ids_are_given(String ids, String total, String expected) {
        DocketConfig config = new ConfigLoader(Map.of("DOCKET_DISCORD_SHARD_IDS", ids,
                "DOCKET_DISCORD_SHARDS_TOTAL", total)).load(null);

        assertEquals(expected, config.discord().shardIdList().toString());
    }

    @Test
    void should_run_every_shard_discord_recommends_when_nothing_is_set() {
        DiscordConfig discord = new ConfigLoader(Map.of()).load(null).discord();

        assertEquals(0, discord.shardsTotal());
        assertEquals(List.of(), discord.shardIdList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0-3;0;discord.shards-total: must be set",
        "2-1;4;discord.shard-ids: '2-1' must name shards from 0 to 3",
        "4;4;discord.shard-ids: '4' must name shards from 0 to 3",
        "a;4;discord.shard-ids: 'a' is not a shard number"})
    void should_name_the_key_and_the_fix_when_shard_ids_are_wrong(String ids, String total, String message) {
        ConfigException error = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of(
                "DOCKET_DISCORD_SHARD_IDS", ids, "DOCKET_DISCORD_SHARDS_TOTAL", total)).load(null));

        assertTrue(error.getMessage().contains(message), error.getMessage());
    }

    @Test
    void should_select_postgresql_from_the_environment_when_the_store_url_is_set() {
        StoreConfig store = new ConfigLoader(Map.of("DOCKET_STORE_URL", "jdbc:postgresql://db:5432/docket",
                "DOCKET_STORE_USER", "docket", "DOCKET_STORE_PASSWORD_ENV", "DOCKET_DB_PASSWORD")).load(null).store();

        assertTrue(store.isPostgresql());
        assertEquals("docket", store.user());
        assertEquals("DOCKET_DB_PASSWORD", store.passwordEnv());
    }

    @Test
    void should_refuse_a_password_in_place_of_the_variable_name_without_showing_it() {
        ConfigException error = assertThrows(ConfigException.class, () -> new ConfigLoader(Map.of(
                "DOCKET_STORE_PASSWORD_ENV", "hunter2!secret")).load(null));

        assertTrue(error.getMessage().contains("store.password-env"), error.getMessage());
        assertFalse(error.getMessage().contains("hunter2"), error.getMessage());
    }

    @Test
    void should_hide_the_password_parameter_when_a_store_url_is_shown() {
        assertEquals("jdbc:postgresql://db/docket?user=a&password=***&ssl=true",
                StoreUrls.redact("jdbc:postgresql://db/docket?user=a&password=p4ss&ssl=true"));
    }
}
