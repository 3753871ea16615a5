package dev.docket.discord;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.MiscUtil;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the slash commands once the bot is connected: in each configured server (shown at once), or globally
 * when none is configured (Discord may take a while to show changes everywhere). Registration replaces what was
 * registered before, so removed commands disappear. With shards across processes, one process registers each
 * thing once: the one running shard 0 registers the global commands, and a configured server's commands are
 * registered by the shard that holds that server.
 */
final class CommandRegistrar extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(CommandRegistrar.class);

    private final List<SlashCommandData> definitions;
    private final List<String> guildIds;

    CommandRegistrar(List<SlashCommandData> definitions, List<String> guildIds) {
        this.definitions = List.copyOf(definitions);
        this.guildIds = List.copyOf(guildIds);
    }

    @Override
    public void onReady(ReadyEvent event) {
        JDA jda = event.getJDA();
        JDA.ShardInfo shard = jda.getShardInfo();
        String names = String.join(", ", definitions.stream().map(data -> "/" + data.getName()).toList());
        if (guildIds.isEmpty()) {
            if (shard.getShardId() != 0) {
                return;
            }
            jda.updateCommands().addCommands(definitions).queue(
                    done -> log.info("registered {} globally", names),
                    Replies.failure("the global slash commands"));
            return;
        }
        for (String guildId : guildIds) {
            if (MiscUtil.getShardForGuild(guildId, shard.getShardTotal()) != shard.getShardId()) {
                continue;
            }
            Guild guild = jda.getGuildById(guildId);
            if (guild == null) {
                log.warn("discord.guild-ids names server {}, but the bot is not in it; invite the bot there"
                        + " (see the README) or remove the id", guildId);
                continue;
            }
            guild.updateCommands().addCommands(definitions).queue(
                    done -> log.info("registered {} in server {} ({})", names, guild.getName(), guildId),
                    Replies.failure("the slash commands of server " + guildId));
        }
    }
}
