package dev.docket.discord;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a slow read-only command: the user's rate limit (shared with questions, since the work runs on the same
 * executor), a deferral at once (Discord's 3-second deadline), the work on the answer executor, never on JDA's
 * event thread, then the deferred reply edited into the resulting embeds, further pages following. A failure is
 * logged and the user told in their language.
 */
final class DeferredEmbeds {

    private static final Logger log = LoggerFactory.getLogger(DeferredEmbeds.class);

    private final QuestionIntake intake;
    private final Executor answerExecutor;

    DeferredEmbeds(QuestionIntake intake, Executor answerExecutor) {
        this.intake = intake;
        this.answerExecutor = answerExecutor;
    }

    /** Replies to {@code event} with the embeds {@code pagesInLanguage} makes for the user's language. */
    void reply(SlashCommandInteractionEvent event, Function<String, List<MessageEmbed>> pagesInLanguage) {
        Optional<Instant> retryAt = intake.admit(event.getUser().getId());
        if (retryAt.isPresent()) {
            Replies.ephemeral(event, intake.rateLimited(event.getUserLocale(), retryAt.get()));
            return;
        }
        String what = "the reply to /" + event.getName();
        event.deferReply().queue(null, Replies.failure("deferral of /" + event.getName()));
        InteractionHook hook = event.getHook();
        String language = DiscordPhrases.language(event.getUserLocale());
        CompletableFuture.supplyAsync(() -> pagesInLanguage.apply(language), answerExecutor)
                .whenComplete((pages, error) -> {
                    if (error != null) {
                        log.error("/{} failed for user {}", event.getName(), event.getUser().getId(), error);
                        Replies.failEphemerally(event);
                    } else {
                        Replies.editInPages(hook, pages, false, what);
                    }
                });
    }
}
