package dev.docket.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.config.DiscordConfig;
import dev.docket.retrieval.KnowledgeBase;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

final class CommandRouterTest {

    @Test
    void should_stop_the_start_naming_both_classes_when_two_commands_share_a_name() {
        SlashCommand help = new HelpCommand(new KnowledgeBase(), DiscordConfig.defaults());
        SlashCommand otherHelp = new NamedCommand("help");

        IllegalArgumentException error =
                assertThrows(IllegalArgumentException.class, () -> new CommandRouter(List.of(help, otherHelp)));

        assertTrue(error.getMessage().contains("'help'"), error.getMessage());
        assertTrue(error.getMessage().contains("HelpCommand") && error.getMessage().contains("NamedCommand"));
    }

    @Test
    void should_register_definitions_in_the_given_order_when_names_are_distinct() {
        CommandRouter router = new CommandRouter(List.of(new NamedCommand("figures"), new NamedCommand("timeline")));

        assertEquals(List.of("figures", "timeline"), router.names());
    }

    @Test
    void should_keep_every_description_within_discords_100_chars_in_each_language() {
        for (String key : List.of("ask.description", "ask.question.description", "ask.private.description",
                "sources.description", "reload.description", "help.description", "figures.description",
                "figures.topic.description", "timeline.description")) {
            for (String language : List.of("en", "de", "fr")) {
                String description = DiscordPhrases.say(language, key);
                assertTrue(description.length() <= 100, language + " " + key + ": " + description.length());
            }
        }
        assertEquals("de", DiscordPhrases.language(DiscordLocale.GERMAN));
        assertEquals("en", DiscordPhrases.language(DiscordLocale.JAPANESE));
    }

    /** A command that only has a name, as a figures or timeline command would add. */
    private record NamedCommand(String commandName) implements SlashCommand {

        @Override
        public SlashCommandData data() {
            return Commands.slash(commandName, "test command");
        }

        @Override
        public void execute(SlashCommandInteractionEvent event) {
            throw new UnsupportedOperationException("not called in this test");
        }
    }
}
