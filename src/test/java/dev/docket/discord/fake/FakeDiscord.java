package dev.docket.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;

/**
 * A Discord fake on 127.0.0.1 for end-to-end tests of the real JDA client: REST ({@link FakeDiscordRest}) and
 * Gateway ({@link FakeDiscordGateway}), one server with one text channel, a plain member and an admin (a role
 * with Manage Server). Tests dispatch slash commands, messages, replies to the bot's messages and button clicks
 * as users, then assert on the REST requests; threads the bot opens are announced as Discord does.
 * Started with {@link #startSharded(int)} it asks bots to run that many shards and holds a second server,
 * {@link #SECOND_GUILD_ID}, which lands on shard 1 of 2 while {@link #GUILD_ID} lands on shard 0.
 */
public final class FakeDiscord implements AutoCloseable {

    public static final String TOKEN = "fake.bot.token-that-only-the-fake-knows";
    public static final String BOT_ID = "900000000000000001";
    public static final String GUILD_ID = "910000000000000001";
    public static final String CHANNEL_ID = "920000000000000001";
    /** A channel where @everyone (the bot too) may not embed links. */
    public static final String NO_EMBEDS_CHANNEL_ID = "920000000000000002";
    /** A channel where @everyone (the bot too) may read but not send. */
    public static final String READ_ONLY_CHANNEL_ID = "920000000000000003";
    public static final String DM_CHANNEL_ID = "920000000000000009";
    /** A role with Manage Server. */
    public static final String MODERATOR_ROLE_ID = "940000000000000001";
    /** A role without permissions, for {@code discord.admin-role-ids}. */
    public static final String DOCKET_ADMIN_ROLE_ID = "940000000000000002";
    public static final String OWNER_ID = "930000000000000999";
    /** The second server of a sharded fake: {@code (id >> 22) % 2 == 1}. */
    public static final String SECOND_GUILD_ID = "911000000000000001";
    public static final String SECOND_CHANNEL_ID = "921000000000000001";
    /** A role with Manage Server in the second server. */
    public static final String SECOND_MODERATOR_ROLE_ID = "941000000000000001";

    private final FakeDiscordRest rest;
    private final FakeDiscordGateway gateway;
    private final ObjectNode botUser = DiscordJson.user(BOT_ID, "Docket", true);
    private final Map<String, ObjectNode> idToThread = new ConcurrentHashMap<>();
    private final int shards;

    private FakeDiscord(int shards) throws IOException {
        this.shards = shards;
        this.rest = new FakeDiscordRest(TOKEN, botUser, GUILD_ID, this::threadCreated);
        this.gateway = new FakeDiscordGateway(TOKEN, this::ready, this::guildCreates);
    }

    public static FakeDiscord start() throws IOException, InterruptedException {
        return startSharded(1);
    }

    /** A fake that recommends {@code shards} shards (GET /gateway/bot) and accepts only IDENTIFYs of that total. */
    public static FakeDiscord startSharded(int shards) throws IOException, InterruptedException {
        FakeDiscord discord = new FakeDiscord(shards);
        discord.gateway.shardsTotal(shards);
        discord.gateway.startAndWait();
        discord.rest.gatewayBot(discord.gateway.url(), shards);
        return discord;
    }

    /** The shard that gets {@code guildId}'s events. */
    public int shardOf(String guildId) {
        return FakeDiscordGateway.shardOf(guildId, shards);
    }

    /** For {@code DISCORD_API_BASE_URL}. */
    public String apiBaseUrl() {
        return rest.baseUrl();
    }

    /** For {@code DISCORD_GATEWAY_URL}. */
    public String gatewayUrl() {
        return gateway.url();
    }

    public Recorder<RecordedRequest> requests() {
        return rest.requests();
    }

    /** Payloads the bot sent over the Gateway (IDENTIFY, HEARTBEAT, RESUME, ...). */
    public Recorder<JsonNode> gatewayPayloads() {
        return gateway.received();
    }

    public void dropConnection(int closeCode) {
        gateway.dropConnection(closeCode);
    }

    /** A member of the fake server with these roles. */
    public ObjectNode member(String userId, String... roleIds) {
        return DiscordJson.member(DiscordJson.user(userId, "user" + userId.substring(userId.length() - 4), false),
                roleIds);
    }

    /** Another bot in the fake server, whose messages Docket must ignore. */
    public ObjectNode otherBot(String userId) {
        return DiscordJson.member(DiscordJson.user(userId, "otherbot", true));
    }

    /**
     * Sends an INTERACTION_CREATE for {@code /name} with string or boolean options (name, value pairs) by
     * {@code member}, whose client uses {@code locale}; returns the interaction's id and token.
     */
    public Interaction slashCommand(ObjectNode member, String locale, String name, Object... options) {
        return slashCommandIn(GUILD_ID, CHANNEL_ID, member, locale, name, options);
    }

    /** As {@link #slashCommand}, in the server {@code guildId} and its channel {@code channelId}. */
    public Interaction slashCommandIn(
            String guildId, String channelId, ObjectNode member, String locale, String name, Object... options) {
        String id = nextId();
        String token = "interaction-token-" + id;
        ObjectNode interaction = DiscordJson.object().put("id", id).put("application_id", BOT_ID).put("type", 2)
                .put("token", token).put("version", 1).put("guild_id", guildId).put("channel_id", channelId)
                .put("locale", locale).put("guild_locale", "en-US").put("context", 0)
                .put("app_permissions", Long.toString(DiscordJson.EVERYONE_PERMISSIONS));
        ObjectNode data = interaction.putObject("data").put("id", nextId()).put("name", name).put("type", 1);
        ArrayNode optionArray = data.putArray("options");
        for (int i = 0; i < options.length; i += 2) {
            ObjectNode option = optionArray.addObject().put("name", (String) options[i]);
            if (options[i + 1] instanceof Boolean flag) {
                option.put("type", 5).put("value", flag);
            } else {
                option.put("type", 3).put("value", (String) options[i + 1]);
            }
        }
        interaction.set("channel", DiscordJson.textChannel(channelId, guildId, "general"));
        interaction.putObject("guild").put("id", guildId).put("locale", "en-US").putArray("features");
        interaction.set("member", member.deepCopy().put("permissions", "0"));
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("0", guildId);
        rest.expectInteraction(token, channelId);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return new Interaction(id, token);
    }

    /**
     * Sends a MESSAGE_CREATE by {@code member} in {@code channelId} that replies to the bot's message
     * {@code repliedToId} (Discord includes the replied-to message); returns the message id. {@code mentionsBot}
     * is whether the reply pings the bot, as Discord's reply ping does by default.
     */
    public String reply(String channelId, ObjectNode member, String content, String repliedToId,
            boolean mentionsBot) {
        String id = nextId();
        ObjectNode message = messageBase(id, channelId, content).put("guild_id", GUILD_ID).put("type", 19);
        message.set("author", member.get("user"));
        ObjectNode authorMember = member.deepCopy();
        authorMember.remove("user");
        message.set("member", authorMember);
        ArrayNode mentions = message.putArray("mentions");
        if (mentionsBot) {
            mentions.add(botUser.deepCopy());
        }
        ObjectNode repliedTo = rest.sentMessage(repliedToId);
        message.putObject("message_reference").put("type", 0).put("message_id", repliedToId)
                .put("channel_id", repliedTo.path("channel_id").asText()).put("guild_id", GUILD_ID);
        message.set("referenced_message", repliedTo);
        gateway.dispatch("MESSAGE_CREATE", message);
        return id;
    }

    /**
     * Sends an INTERACTION_CREATE of type MESSAGE_COMPONENT: {@code member} clicks the button {@code customId} of the
     * bot's message {@code messageId}.
     */
    public Interaction buttonClick(ObjectNode member, String locale, String messageId, String customId) {
        String id = nextId();
        String token = "interaction-token-" + id;
        ObjectNode message = rest.sentMessage(messageId);
        String channelId = message.path("channel_id").asText();
        ObjectNode interaction = DiscordJson.object().put("id", id).put("application_id", BOT_ID).put("type", 3)
                .put("token", token).put("version", 1).put("guild_id", GUILD_ID).put("channel_id", channelId)
                .put("locale", locale).put("guild_locale", "en-US").put("context", 0)
                .put("app_permissions", Long.toString(DiscordJson.EVERYONE_PERMISSIONS));
        interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
        interaction.set("message", message);
        interaction.set("channel", idToThread.containsKey(channelId)
                ? idToThread.get(channelId).deepCopy()
                : DiscordJson.textChannel(channelId, GUILD_ID, "general"));
        interaction.putObject("guild").put("id", GUILD_ID).put("locale", "en-US").putArray("features");
        interaction.set("member", member.deepCopy().put("permissions", "0"));
        interaction.putArray("entitlements");
        interaction.putObject("authorizing_integration_owners").put("0", GUILD_ID);
        rest.expectInteraction(token, channelId);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return new Interaction(id, token);
    }

    /** A message the bot sent, as Discord stores it (with its embeds and components). */
    public ObjectNode sentMessage(String id) {
        return rest.sentMessage(id);
    }

    /** The id of the message the interaction's deferred reply became, once the bot edited it; null before. */
    public String originalMessageId(Interaction interaction) {
        return rest.originalMessageId(interaction.token());
    }

    /** The threads the bot opened, by id. */
    public Map<String, ObjectNode> threads() {
        return Map.copyOf(idToThread);
    }

    private void threadCreated(ObjectNode thread) {
        idToThread.put(thread.get("id").asText(), thread);
        gateway.dispatch("THREAD_CREATE", thread);
    }

    /** Sends a MESSAGE_CREATE by {@code member} in the general channel; returns the message id. */
    public String message(ObjectNode member, String content, boolean mentionsBot) {
        return message(CHANNEL_ID, member, content, mentionsBot);
    }

    /** Sends a direct message from {@code member}'s user to the bot; returns the message id. */
    public String directMessage(ObjectNode member, String content) {
        String id = nextId();
        ObjectNode message = messageBase(id, DM_CHANNEL_ID, content);
        message.set("author", member.get("user"));
        message.put("channel_type", 1);
        message.putArray("mentions");
        gateway.dispatch("MESSAGE_CREATE", message);
        return id;
    }

    /** Sends a MESSAGE_CREATE by {@code member} in a channel of the fake server; returns the message id. */
    public String message(String channelId, ObjectNode member, String content, boolean mentionsBot) {
        String id = nextId();
        ObjectNode message = messageBase(id, channelId, content).put("guild_id", GUILD_ID);
        message.set("author", member.get("user"));
        ObjectNode authorMember = member.deepCopy();
        authorMember.remove("user");
        message.set("member", authorMember);
        ArrayNode mentions = message.putArray("mentions");
        if (mentionsBot) {
            mentions.add(botUser.deepCopy());
        }
        gateway.dispatch("MESSAGE_CREATE", message);
        return id;
    }

    private static ObjectNode messageBase(String id, String channelId, String content) {
        ObjectNode message = DiscordJson.object().put("id", id).put("channel_id", channelId).put("type", 0)
                .put("content", content).put("timestamp", DiscordJson.now()).putNull("edited_timestamp")
                .put("tts", false).put("mention_everyone", false).put("pinned", false).put("flags", 0);
        for (String empty : new String[] {"mention_roles", "attachments", "embeds", "components"}) {
            message.putArray(empty);
        }
        return message;
    }

    private ObjectNode ready() {
        ObjectNode ready = DiscordJson.object().put("v", 10);
        ready.set("user", botUser.deepCopy());
        ready.putArray("guilds").addObject().put("id", GUILD_ID).put("unavailable", true);
        ready.putObject("application").put("id", BOT_ID).put("flags", 0);
        ready.putArray("private_channels");
        ready.putArray("_trace").add("fake-gateway");
        return ready;
    }

    private List<ObjectNode> guildCreates() {
        if (shards == 1) {
            return List.of(guildCreate());
        }
        ArrayNode roles = DiscordJson.array();
        roles.add(DiscordJson.role(SECOND_GUILD_ID, "@everyone", DiscordJson.EVERYONE_PERMISSIONS, 0));
        roles.add(DiscordJson.role(SECOND_MODERATOR_ROLE_ID, "Moderators", DiscordJson.MANAGE_SERVER, 1));
        ArrayNode channels = DiscordJson.array();
        channels.add(DiscordJson.textChannel(SECOND_CHANNEL_ID, SECOND_GUILD_ID, "general"));
        ArrayNode members = DiscordJson.array();
        members.add(DiscordJson.member(botUser.deepCopy()));
        return List.of(guildCreate(), DiscordJson.guild(SECOND_GUILD_ID, OWNER_ID, roles, channels, members));
    }

    private ObjectNode guildCreate() {
        ArrayNode roles = DiscordJson.array();
        roles.add(DiscordJson.role(GUILD_ID, "@everyone", DiscordJson.EVERYONE_PERMISSIONS, 0));
        roles.add(DiscordJson.role(MODERATOR_ROLE_ID, "Moderators", DiscordJson.MANAGE_SERVER, 1));
        roles.add(DiscordJson.role(DOCKET_ADMIN_ROLE_ID, "Docket admins", 0, 2));
        ArrayNode channels = DiscordJson.array();
        channels.add(DiscordJson.textChannel(CHANNEL_ID, GUILD_ID, "general"));
        channels.add(DiscordJson.denyEveryone(DiscordJson.textChannel(NO_EMBEDS_CHANNEL_ID, GUILD_ID, "no-embeds"),
                GUILD_ID, DiscordJson.EMBED_LINKS));
        channels.add(DiscordJson.denyEveryone(DiscordJson.textChannel(READ_ONLY_CHANNEL_ID, GUILD_ID, "read-only"),
                GUILD_ID, DiscordJson.SEND_MESSAGES));
        ArrayNode members = DiscordJson.array();
        members.add(DiscordJson.member(botUser.deepCopy()));
        return DiscordJson.guild(GUILD_ID, OWNER_ID, roles, channels, members);
    }

    private String nextId() {
        return rest.nextId();
    }

    @Override
    public void close() throws InterruptedException {
        rest.close();
        gateway.stop(1000);
    }

    /** A dispatched interaction: its id and token, which name its callback and webhook routes. */
    public record Interaction(String id, String token) {

        public String callbackPath() {
            return "interactions/" + id + "/" + token + "/callback";
        }

        public String originalPath() {
            return "webhooks/" + BOT_ID + "/" + token + "/messages/@original";
        }
    }
}
