package dev.docket.discord;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each slash command interaction to the command of that name. Built once from all commands; two commands
 * with the same name stop the start. A command that throws is logged and the user told, never the listener lost.
 */
final class CommandRouter extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(CommandRouter.class);

    private final Map<String, SlashCommand> nameToCommand;

    CommandRouter(List<SlashCommand> commands) {
        Map<String, SlashCommand> byName = new LinkedHashMap<>();
        for (SlashCommand command : commands) {
            SlashCommand previous = byName.putIfAbsent(command.name(), command);
            if (previous != null) {
                throw new IllegalArgumentException("two slash commands are named '" + command.name() + "': "
                        + previous.getClass().getSimpleName() + " and " + command.getClass().getSimpleName()
                        + "; rename one of them");
            }
        }
        this.nameToCommand = Collections.unmodifiableMap(byName);
    }

    /** The definitions to register with Discord, in the order the commands were given. */
    List<SlashCommandData> definitions() {
        return nameToCommand.values().stream().map(SlashCommand::data).toList();
    }

    List<String> names() {
        return List.copyOf(nameToCommand.keySet());
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        SlashCommand command = nameToCommand.get(event.getName());
        if (command == null) {
            log.warn("Discord sent the unknown command /{}; it was registered by an older version?"
                    + " Restart the bot to re-register its commands", event.getName());
            Replies.failEphemerally(event);
            return;
        }
        try {
            command.execute(event);
        } catch (RuntimeException e) {
            log.error("/{} failed for user {} in channel {}", event.getName(), event.getUser().getId(),
                    event.getChannelId(), e);
            Replies.failEphemerally(event);
        }
    }
}
