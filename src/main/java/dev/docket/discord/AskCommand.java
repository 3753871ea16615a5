package dev.docket.discord;

import dev.docket.answer.Answer;
import dev.docket.answer.Turn;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ask question:<text> [private:<bool>]}: defers at once (Discord's 3-second deadline), answers on the
 * answer executor, then edits the deferred reply into the cited answer with its vote buttons; sources that don't
 * fit one message follow. A reply to the answer message is a follow-up.
 */
final class AskCommand implements SlashCommand {

    private static final Logger log = LoggerFactory.getLogger(AskCommand.class);
    static final String QUESTION = "question";
    static final String PRIVATE = "private";

    private final QuestionIntake intake;
    private final AnswerFormatter formatter;
    private final Conversations conversations;

    AskCommand(QuestionIntake intake, AnswerFormatter formatter, Conversations conversations) {
        this.intake = intake;
        this.formatter = formatter;
        this.conversations = conversations;
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
        String ref = event.getId();
        intake.answer(question, QuestionIntake.languageHint(event.getUserLocale()), List.of(), ref, "slash")
                .whenComplete((answer, error) -> {
            try {
                if (error != null) {
                    throw new IllegalStateException("the question handler failed", error);
                }
                send(hook, answer, ref, ephemeral);
            } catch (RuntimeException e) {
                log.error("/ask could not be answered (user {})", event.getUser().getId(), e);
                Replies.failEphemerally(event);
            }
        });
    }

    /**
     * The answer with its vote buttons; once Discord confirms it, a reply to the answer message follows it up.
     */
    private void send(InteractionHook hook, Answer answer, String ref, boolean ephemeral) {
        List<MessageEmbed> pages = formatter.embeds(answer);
        MessageEditData edit = new MessageEditBuilder().setEmbeds(pages.get(0))
                .setComponents(FeedbackButtons.row(ref, answer.language()))
                .setAllowedMentions(Replies.NO_MENTIONS).build();
        hook.editOriginal(edit).queue(
                sent -> conversations.add(null, answer.language(), new Turn(answer.question(), answer.text()),
                        List.of(sent.getId())),
                Replies.failure("the answer to /ask"));
        Replies.sendFurtherPages(hook, pages, ephemeral, "the answer to /ask");
    }
}
