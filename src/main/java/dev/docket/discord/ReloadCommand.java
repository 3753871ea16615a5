package dev.docket.discord;

import dev.docket.ingest.KnowledgeReloader;
import dev.docket.ingest.ReloadReport;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /reload}, for admins only: hidden from members without Manage Server by default, and checked again here.
 * Runs the reload on its own executor and reports to the admin alone; questions keep being answered from the
 * previous knowledge until the new one is swapped in whole.
 */
final class ReloadCommand implements SlashCommand {

    private static final Logger log = LoggerFactory.getLogger(ReloadCommand.class);

    private final KnowledgeReloader reloader;
    private final AdminCheck adminCheck;
    private final Executor reloadExecutor;

    ReloadCommand(KnowledgeReloader reloader, AdminCheck adminCheck, Executor reloadExecutor) {
        this.reloader = reloader;
        this.adminCheck = adminCheck;
        this.reloadExecutor = reloadExecutor;
    }

    @Override
    public SlashCommandData data() {
        return CommandDefinitions.slash("reload", "reload.description")
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        if (!adminCheck.isAdmin(event.getMember())) {
            log.info("/reload refused: user {} is not an admin", event.getUser().getId());
            Replies.ephemeral(event, DiscordPhrases.say(event.getUserLocale(), "reload.refused"));
            return;
        }
        event.deferReply(true).queue(null, Replies.failure("deferral of /reload"));
        InteractionHook hook = event.getHook();
        String userId = event.getUser().getId();
        CompletableFuture.supplyAsync(reloader::reload, reloadExecutor).whenComplete((report, error) -> {
            if (error != null) {
                log.error("/reload by user {} failed", userId, error);
                Replies.editOriginal(hook, Replies.textEdit(DiscordPhrases.say(event.getUserLocale(),
                        "reload.failed", reason(error))), "the /reload failure");
            } else {
                log.info("/reload by user {} done: {}", userId, report.describe().strip());
                Replies.editOriginal(hook, Replies.textEdit(codeBlock(report)), "the /reload report");
            }
        });
    }

    /** The failure's own message (a {@code ReloadFailedException} says what failed and what to do). */
    static String reason(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    static String codeBlock(ReloadReport report) {
        String text = report.describe().replace("```", "'''");
        String trimmed = AnswerFormatter.trim(text, Message.MAX_CONTENT_LENGTH - 8);
        return "```\n" + trimmed + "\n```";
    }
}
