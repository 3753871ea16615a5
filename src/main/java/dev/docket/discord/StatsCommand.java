package dev.docket.discord;

import dev.docket.insight.QuestionStats;
import dev.docket.insight.StatsText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /stats [since:YYYY-MM-DD]}, for admins only (hidden from members without Manage Server, and checked
 * again here), shown to the admin alone: questions per day, the share answered, the most-asked unanswered
 * questions, answers voted down and the median answer time, from the question log.
 */
final class StatsCommand implements SlashCommand {

    private static final Logger log = LoggerFactory.getLogger(StatsCommand.class);
    static final String SINCE = "since";
    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final QuestionStats stats;
    private final AdminCheck adminCheck;
    private final Executor executor;
    private final Clock clock;

    StatsCommand(QuestionStats stats, AdminCheck adminCheck, Executor executor, Clock clock) {
        this.stats = stats;
        this.adminCheck = adminCheck;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public SlashCommandData data() {
        return CommandDefinitions.slash("stats", "stats.description")
                .addOptions(CommandDefinitions.option(OptionType.STRING, SINCE, "stats.since.description", false))
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        String language = DiscordPhrases.language(event.getUserLocale());
        if (!adminCheck.isAdmin(event.getMember())) {
            log.info("/stats refused: user {} is not an admin", event.getUser().getId());
            Replies.ephemeral(event, DiscordPhrases.say(language, "stats.refused"));
            return;
        }
        String since = event.getOption(SINCE, null, OptionMapping::getAsString);
        Instant start;
        try {
            start = since == null || since.isBlank()
                    ? clock.instant().minus(DEFAULT_PERIOD)
                    : LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            Replies.ephemeral(event, DiscordPhrases.say(language, "stats.bad.date", since));
            return;
        }
        event.deferReply(true).queue(null, Replies.failure("deferral of /stats"));
        InteractionHook hook = event.getHook();
        CompletableFuture.supplyAsync(() -> StatsText.format(stats.since(start)), executor)
                .whenComplete((text, error) -> {
                    if (error != null) {
                        log.error("/stats failed for user {}", event.getUser().getId(), error);
                        Replies.failEphemerally(event);
                    } else {
                        Replies.editOriginal(hook, Replies.embedEdit(embed(text, language)), "the /stats report");
                    }
                });
    }

    private static MessageEmbed embed(String text, String language) {
        String block = AnswerFormatter.trim(text.replace("```", "'''"), MessageEmbed.DESCRIPTION_MAX_LENGTH - 8);
        return new EmbedBuilder().setTitle(DiscordPhrases.say(language, "stats.title"))
                .setDescription("```\n" + block + "\n```").setColor(AnswerFormatter.ANSWER_COLOR).build();
    }
}
