package dev.docket.discord;

import dev.docket.figures.FigureCatalog;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /figures [topic]}: the figures of the articles grouped by what they measure, groups where sources
 * disagree first, each value with who gives it and where; only the groups about {@code topic} when given.
 * Deferred at once: grouping embeds the counted nouns, which takes a moment the first time.
 */
final class FiguresCommand implements SlashCommand {

    static final String TOPIC = "topic";
    /** Topics are matched against nouns and sentences; a longer one is no better and costs an embedding. */
    private static final int MAX_TOPIC_CHARS = 100;

    private final FigureCatalog catalog;
    private final FigureEmbeds embeds;
    private final DeferredEmbeds deferred;

    FiguresCommand(FigureCatalog catalog, FigureEmbeds embeds, DeferredEmbeds deferred) {
        this.catalog = catalog;
        this.embeds = embeds;
        this.deferred = deferred;
    }

    @Override
    public SlashCommandData data() {
        return CommandDefinitions.slash("figures", "figures.description").addOptions(
                CommandDefinitions.option(OptionType.STRING, TOPIC, "figures.topic.description", false)
                        .setMaxLength(MAX_TOPIC_CHARS));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        String topic = event.getOption(TOPIC, "", OptionMapping::getAsString).strip();
        deferred.reply(event, language -> embeds.figures(catalog.figures(topic.isEmpty() ? null : topic), language));
    }
}
