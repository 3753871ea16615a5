package dev.docket.discord;

import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * Builds slash command definitions whose descriptions come from {@code discord/messages*.properties} in English,
 * with their German and French versions, so every command reads natively in those Discord clients.
 */
final class CommandDefinitions {

    private CommandDefinitions() {}

    /** A command usable in servers and in direct messages with the bot; {@code key} names its description. */
    static SlashCommandData slash(String name, String key) {
        return Commands.slash(name, DiscordPhrases.say("en", key))
                .setDescriptionLocalization(DiscordLocale.GERMAN, DiscordPhrases.say("de", key))
                .setDescriptionLocalization(DiscordLocale.FRENCH, DiscordPhrases.say("fr", key))
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    }

    /** An option whose description is {@code key} in English, German and French. */
    static OptionData option(OptionType type, String name, String key, boolean required) {
        return new OptionData(type, name, DiscordPhrases.say("en", key), required)
                .setDescriptionLocalization(DiscordLocale.GERMAN, DiscordPhrases.say("de", key))
                .setDescriptionLocalization(DiscordLocale.FRENCH, DiscordPhrases.say("fr", key));
    }
}
