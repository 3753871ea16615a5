package dev.docket.discord;

import dev.docket.store.QuestionVotes;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a click on 👍 or 👎 as the user's vote on that answer (one per user per answer; a new click replaces the
 * old vote). Acknowledges at once, only to the user (Discord's 3 seconds), writes the vote off JDA's thread, then
 * says what happened in the user's language.
 */
final class VoteButtonListener extends ListenerAdapter {

    private static final Logger log = LoggerFactory.getLogger(VoteButtonListener.class);

    private final QuestionVotes votes;
    private final Executor executor;

    VoteButtonListener(QuestionVotes votes, Executor executor) {
        this.votes = votes;
        this.executor = executor;
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        Optional<FeedbackButtons.Vote> vote = FeedbackButtons.parse(event.getComponentId());
        if (vote.isEmpty()) {
            return;
        }
        try {
            event.deferReply(true).queue(null, Replies.failure("the acknowledgement of a vote"));
            InteractionHook hook = event.getHook();
            String language = DiscordPhrases.language(event.getUserLocale());
            String userId = event.getUser().getId();
            CompletableFuture.supplyAsync(() -> votes.vote(vote.get().ref(), userId, vote.get().helpful()), executor)
                    .whenComplete((outcome, error) -> {
                        if (error != null) {
                            log.error("the vote of user {} on question {} could not be stored", userId,
                                    vote.get().ref(), error);
                            Replies.editOriginal(hook, Replies.textEdit(DiscordPhrases.say(language, "failed")),
                                    "the vote failure");
                            return;
                        }
                        String key = "vote." + outcome.name().toLowerCase(Locale.ROOT).replace("_question", "");
                        Replies.editOriginal(hook, Replies.textEdit(DiscordPhrases.say(language, key)),
                                "the vote acknowledgement");
                    });
        } catch (RuntimeException e) {
            log.error("a vote of user {} could not be handled", event.getUser().getId(), e);
            Replies.failEphemerally(event);
        }
    }
}
