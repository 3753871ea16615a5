package dev.docket.config;

import java.net.URI;
import java.util.List;

/**
 * The Discord front end. The bot token is not here: it comes from the {@code DISCORD_TOKEN} environment variable
 * only, so it never lands in a file.
 *
 * @param apiBaseUrl Discord's REST API (or a proxy or emulator), ending in {@code /}
 * @param gatewayUrl Discord's Gateway WebSocket (or an emulator), {@code ws://} or {@code wss://}
 * @param guildIds servers to register the slash commands in (instantly); empty registers them globally
 * @param adminRoleIds roles whose members may run {@code /reload}, beside Manage Server and Administrator
 * @param qaChannelIds channels where every message is a question; needs the Message Content intent
 * @param answerDms whether direct messages are answered (otherwise politely declined)
 * @param questionsPerMinute questions one user may ask per minute (slash commands, mentions and DMs together)
 * @param answerThreads threads that answer questions, off the Discord event thread
 * @param answerQueue questions that may wait for a free answer thread; beyond it a question is declined politely
 *     as busy, so a burst queues without exhausting memory
 * @param shardsTotal the Gateway shards of the whole bot, across every process; 0 asks Discord for its
 *     recommendation (through JDA), which only suits one process running them all
 * @param shardIds the shards this process runs, e.g. {@code 0-3} or {@code 4,5}; empty runs all of them. Needs
 *     {@code shardsTotal}, so that every process agrees which guild is whose
 * @param answerInThreads whether a question asked in a channel (a mention, or a Q&amp;A channel message) is
 *     answered in a new thread opened from it, where every message follows up (needs the Message Content intent)
 * @param conversationTurns earlier turns a follow-up is answered with (the oldest drop out)
 * @param conversationMinutes minutes after its last turn that a conversation is forgotten
 * @param adminChannelId a channel for admin notices (the report of a reload after the knowledge folder changed),
 *     or empty for none
 */
public record DiscordConfig(
        String apiBaseUrl,
        String gatewayUrl,
        List<String> guildIds,
        List<String> adminRoleIds,
        List<String> qaChannelIds,
        boolean answerDms,
        int questionsPerMinute,
        int answerThreads,
        int answerQueue,
        int shardsTotal,
        String shardIds,
        boolean answerInThreads,
        int conversationTurns,
        int conversationMinutes,
        String adminChannelId) {

    public DiscordConfig {
        apiBaseUrl = requireUrl("discord.api-base-url", apiBaseUrl, "http");
        gatewayUrl = requireUrl("discord.gateway-url", gatewayUrl, "ws");
        guildIds = snowflakes("discord.guild-ids", guildIds);
        adminRoleIds = snowflakes("discord.admin-role-ids", adminRoleIds);
        qaChannelIds = snowflakes("discord.qa-channel-ids", qaChannelIds);
        ConfigChecks.positive("discord.questions-per-minute", questionsPerMinute);
        ConfigChecks.positive("discord.answer-threads", answerThreads);
        ConfigChecks.positive("discord.answer-queue", answerQueue);
        if (shardsTotal < 0) {
            throw new IllegalArgumentException("discord.shards-total: must be 0 (Discord's recommendation) or more,"
                    + " was " + shardsTotal);
        }
        shardIds = shardIds == null ? "" : shardIds.strip();
        ShardIds.parse(shardIds, shardsTotal);
        ConfigChecks.positive("discord.conversation-turns", conversationTurns);
        ConfigChecks.positive("discord.conversation-minutes", conversationMinutes);
        adminChannelId = adminChannelId == null ? "" : adminChannelId.strip();
        snowflakes("discord.admin-channel-id", adminChannelId.isEmpty() ? List.of() : List.of(adminChannelId));
    }

    /** The settings before conversations: questions are answered in place, follow-ups keep 6 turns for 30 min. */
    public DiscordConfig(String apiBaseUrl, String gatewayUrl, List<String> guildIds, List<String> adminRoleIds,
            List<String> qaChannelIds, boolean answerDms, int questionsPerMinute, int answerThreads, int answerQueue,
            int shardsTotal, String shardIds) {
        this(apiBaseUrl, gatewayUrl, guildIds, adminRoleIds, qaChannelIds, answerDms, questionsPerMinute,
                answerThreads, answerQueue, shardsTotal, shardIds, false, 6, 30, "");
    }

    public static DiscordConfig defaults() {
        return new DiscordConfig("https://discord.com/api/v10/", "wss://gateway.discord.gg/", List.of(), List.of(),
                List.of(), true, 20, 2, 500, 0, "", false, 6, 30, "");
    }

    /** The shards this process runs, in order; empty means all of them. */
    public List<Integer> shardIdList() {
        return ShardIds.parse(shardIds, shardsTotal);
    }

    private static String requireUrl(String key, String value, String schemePrefix) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + ": must be a URL");
        }
        String scheme;
        try {
            scheme = URI.create(value.strip()).getScheme();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": is not a URL (" + e.getMessage() + "), was " + value, e);
        }
        if (!schemePrefix.equals(scheme) && !(schemePrefix + "s").equals(scheme)) {
            throw new IllegalArgumentException(
                    key + ": must be a " + schemePrefix + ":// or " + schemePrefix + "s:// URL, was " + value);
        }
        String url = value.strip();
        return url.endsWith("/") ? url : url + "/";
    }

    private static List<String> snowflakes(String key, List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        List<String> cleaned = ids.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
        for (String id : cleaned) {
            if (!id.matches("\\d{1,20}")) {
                throw new IllegalArgumentException(key + ": '" + id + "' is not a Discord id (digits only;"
                        + " copy it with Developer Mode on)");
            }
        }
        return cleaned;
    }
}
