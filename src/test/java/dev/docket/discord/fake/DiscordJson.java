package dev.docket.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Discord's JSON objects, as the fake sends them: only the fields JDA reads, with Discord's names. */
public final class DiscordJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String JOINED_AT = "2024-01-01T00:00:00.000000+00:00";

    static final long CREATE_PUBLIC_THREADS = 1L << 35;
    static final long SEND_MESSAGES_IN_THREADS = 1L << 38;
    /**
     * @everyone in the fake guild: view, send, embed, read history, mention @everyone, use commands, open public
     * threads and send in them.
     */
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 16) | (1L << 17)
            | (1L << 31) | CREATE_PUBLIC_THREADS | SEND_MESSAGES_IN_THREADS;
    static final long MANAGE_SERVER = 1L << 5;
    static final long SEND_MESSAGES = 1L << 11;
    static final long EMBED_LINKS = 1L << 14;

    private DiscordJson() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    public static ObjectNode user(String id, String name, boolean bot) {
        return object().put("id", id).put("username", name).put("discriminator", "0").putNull("avatar")
                .put("global_name", name).put("bot", bot).put("public_flags", 0);
    }

    public static ObjectNode member(ObjectNode user, String... roleIds) {
        ObjectNode member = object();
        member.set("user", user);
        ArrayNode roles = member.putArray("roles");
        for (String roleId : roleIds) {
            roles.add(roleId);
        }
        return member.put("joined_at", JOINED_AT).put("deaf", false).put("mute", false).put("flags", 0)
                .put("pending", false).putNull("premium_since").putNull("nick");
    }

    static ObjectNode role(String id, String name, long permissions, int position) {
        ObjectNode role = object().put("id", id).put("name", name).put("permissions", Long.toString(permissions))
                .put("position", position).put("managed", false).put("hoist", false).put("mentionable", false)
                .put("color", 0).put("flags", 0);
        role.putObject("colors").put("primary_color", 0).putNull("secondary_color").putNull("tertiary_color");
        return role;
    }

    static ObjectNode textChannel(String id, String guildId, String name) {
        ObjectNode channel = object().put("id", id).put("type", 0).put("guild_id", guildId).put("name", name)
                .put("position", 0).put("nsfw", false).putNull("topic").putNull("parent_id")
                .put("rate_limit_per_user", 0).putNull("last_message_id").put("flags", 0);
        channel.putArray("permission_overwrites");
        return channel;
    }

    /** {@code channel} with a permission overwrite that denies {@code permissions} to @everyone. */
    static ObjectNode denyEveryone(ObjectNode channel, String guildId, long permissions) {
        ((ArrayNode) channel.get("permission_overwrites")).addObject().put("id", guildId).put("type", 0)
                .put("allow", "0").put("deny", Long.toString(permissions));
        return channel;
    }

    static ObjectNode guild(String id, String ownerId, ArrayNode roles, ArrayNode channels, ArrayNode members) {
        ObjectNode guild = object().put("id", id).put("name", "Docket Test Server").put("owner_id", ownerId)
                .put("unavailable", false).put("large", false).put("member_count", members.size())
                .put("preferred_locale", "en-US").putNull("icon").put("premium_tier", 0)
                .put("verification_level", 0).put("nsfw_level", 0).put("mfa_level", 0)
                .put("afk_timeout", 300).put("default_message_notifications", 0).put("explicit_content_filter", 0);
        guild.set("roles", roles);
        guild.set("channels", channels);
        guild.set("members", members);
        for (String empty : new String[] {"threads", "emojis", "stickers", "voice_states", "presences",
                "guild_scheduled_events", "features", "soundboard_sounds", "stage_instances"}) {
            guild.putArray(empty);
        }
        return guild;
    }

    /** A public thread opened from a message in {@code parentId} by {@code ownerId}. */
    static ObjectNode thread(String id, String guildId, String parentId, String ownerId, String name) {
        ObjectNode thread = object().put("id", id).put("type", 11).put("guild_id", guildId).put("parent_id", parentId)
                .put("owner_id", ownerId).put("name", name).put("rate_limit_per_user", 0).put("message_count", 0)
                .put("member_count", 1).put("total_message_sent", 0).put("flags", 0).putNull("last_message_id");
        thread.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 1440)
                .put("archive_timestamp", now()).put("locked", false).put("invitable", true)
                .put("create_timestamp", now());
        thread.putArray("applied_tags");
        return thread;
    }

    /** A message as Discord returns it after the bot sent or edited one. */
    static ObjectNode sentMessage(String id, String channelId, ObjectNode author, ObjectNode request) {
        ObjectNode message = object().put("id", id).put("channel_id", channelId).put("type", 0)
                .put("content", request.path("content").asText("")).put("timestamp", now())
                .putNull("edited_timestamp").put("tts", false).put("mention_everyone", false)
                .put("pinned", false).put("flags", request.path("flags").asInt(0));
        message.set("author", author);
        ArrayNode embeds = message.putArray("embeds");
        request.path("embeds").forEach(embed -> embeds.add(((ObjectNode) embed.deepCopy()).put("type", "rich")));
        for (String empty : new String[] {"attachments", "mentions", "mention_roles"}) {
            message.putArray(empty);
        }
        message.set("components", request.path("components").isArray()
                ? request.get("components").deepCopy()
                : array());
        if (request.has("message_reference")) {
            message.set("message_reference", request.get("message_reference"));
        }
        return message;
    }
}
