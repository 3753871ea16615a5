package dev.docket.discord;

import dev.docket.figures.FigureCatalog;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/**
 * {@code /timeline}: the dated events of the articles in date order, merged across documents and languages, each
 * with its sentence and sources; relative dates no document's date resolves come last. Deferred at once.
 */
final class TimelineCommand implements SlashCommand {

    private final FigureCatalog catalog;
    private final FigureEmbeds embeds;
    private final DeferredEmbeds deferred;

    TimelineCommand(FigureCatalog catalog, FigureEmbeds embeds, DeferredEmbeds deferred) {
        this.catalog = catalog;
        this.embeds = embeds;
        this.deferred = deferred;
    }

    @Override
    public SlashCommandData data() {
        return CommandDefinitions.slash("timeline", "timeline.description");
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        deferred.reply(event, language -> embeds.timeline(catalog.timeline(), language));
    }
}
