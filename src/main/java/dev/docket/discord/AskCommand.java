package dev.docket.discord;

import dev.docket.answer.Answer;
import java.time.Instant;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ask question:<text> [private:<bool>]}: defers at once (Discord's 3-second deadline), answers on the
 * answer executor, then edits the deferred reply into the cited answer; sources that don't fit one message follow.
 */
final class AskCommand implements SlashCommand {

    private static final Logger log = LoggerFactory.getLogger(AskCommand.class);
    static final String QUESTION = "question";
    static final String PRIVATE = "private";

    private final QuestionIntake intake;
    private final AnswerFormatter formatter;

    AskCommand(QuestionIntake intake, AnswerFormatter formatter) {
        this.intake = intake;
        this.formatter = formatter;
    }

    @Override
    public SlashCommandData data() {
        return CommandDefinitions.slash("ask", "ask.description").addOptions(
                CommandDefinitions.option(OptionType.STRING, QUESTION, "ask.question.description", true),
                CommandDefinitions.option(OptionType.BOOLEAN, PRIVATE, "ask.private.description", false));
    }

    @Override
    public void execute(SlashCommandInteractionEvent event) {
        Optional<Instant> retryAt = intake.admit(event.getUser().getId());
        if (retryAt.isPresent()) {
            Replies.ephemeral(event, intake.rateLimited(event.getUserLocale(), retryAt.get()));
            return;
        }
        boolean ephemeral = event.getOption(PRIVATE, false, OptionMapping::getAsBoolean);
        String question = event.getOption(QUESTION, "", OptionMapping::getAsString);
        event.deferReply(ephemeral).queue(null, Replies.failure("deferral of /ask"));
        InteractionHook hook = event.getHook();
        intake.answer(question, event.getUserLocale()).whenComplete((answer, error) -> {
            try {
                if (error != null) {
                    throw new IllegalStateException("the question handler failed", error);
                }
                send(hook, answer, ephemeral);
            } catch (RuntimeException e) {
                log.error("/ask could not be answered (user {})", event.getUser().getId(), e);
                Replies.failEphemerally(event);
            }
        });
    }

    private void send(InteractionHook hook, Answer answer, boolean ephemeral) {
        Replies.editInPages(hook, formatter.embeds(answer), ephemeral, "the answer to /ask");
    }
}
