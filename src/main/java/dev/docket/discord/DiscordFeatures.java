package dev.docket.discord;

import dev.docket.config.DiscordConfig;
import dev.docket.knowledge.SourceDocument;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Wires every Discord feature by hand, in one place: the slash commands (add a command here, once), the message
 * listener and the vote buttons, over the parts of the application they use.
 */
final class DiscordFeatures {

    private final CommandRouter router;
    private final ChannelQuestionListener channelQuestions;
    private final VoteButtonListener voteButtons;

    private DiscordFeatures(
            CommandRouter router, ChannelQuestionListener channelQuestions, VoteButtonListener voteButtons) {
        this.router = router;
        this.channelQuestions = channelQuestions;
        this.voteButtons = voteButtons;
    }

    static DiscordFeatures wire(
            DiscordParts parts, DiscordConfig config, Clock clock, Executor answerExecutor, Executor reloadExecutor) {
        AnswerFormatter formatter = new AnswerFormatter(source -> {
            SourceDocument document = parts.knowledgeBase().current().document(source);
            return document == null ? null : document.date();
        });
        Conversations conversations = new Conversations(
                config.conversationTurns(), Duration.ofMinutes(config.conversationMinutes()), clock);
        AdminCheck adminCheck = new AdminCheck(Set.copyOf(config.adminRoleIds()));
        QuestionIntake intake = new QuestionIntake(
                parts.questionHandler(), new QuestionRateLimiter(config.questionsPerMinute(), clock), answerExecutor);
        FigureEmbeds figureEmbeds = new FigureEmbeds();
        DeferredEmbeds deferred = new DeferredEmbeds(intake, answerExecutor);
        List<SlashCommand> commands = List.of(
                new AskCommand(intake, formatter, conversations),
                new SourcesCommand(parts.knowledgeBase()),
                new FiguresCommand(parts.figures(), figureEmbeds, deferred),
                new TimelineCommand(parts.figures(), figureEmbeds, deferred),
                new ReloadCommand(parts.reloader(), adminCheck, reloadExecutor),
                new StatsCommand(parts.stats(), adminCheck, answerExecutor, clock),
                new HelpCommand(parts.knowledgeBase(), config));
        return new DiscordFeatures(new CommandRouter(commands),
                new ChannelQuestionListener(intake, formatter, conversations, config),
                new VoteButtonListener(parts.votes(), answerExecutor));
    }

    CommandRouter router() {
        return router;
    }

    ChannelQuestionListener channelQuestions() {
        return channelQuestions;
    }

    VoteButtonListener voteButtons() {
        return voteButtons;
    }
}
