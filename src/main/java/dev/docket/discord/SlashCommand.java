package dev.docket.discord;

import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * One slash command: how it is registered with Discord and what it does. Adding a command is one class
 * implementing this and one line in {@link DiscordFeatures}.
 */
interface SlashCommand {

    /** The definition registered with Discord: name, descriptions with their German and French versions. */
    SlashCommandData data();

    /**
     * Runs on JDA's event thread: acknowledge within Discord's 3 seconds (reply, or defer and answer through
     * the hook) and move slow work to an executor.
     */
    void execute(SlashCommandInteractionEvent event);

    /** The command's name, from its definition. */
    default String name() {
        return data().getName();
    }
}
