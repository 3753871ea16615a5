package dev.docket.discord;

import dev.docket.config.DiscordConfig;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * Wires every Discord feature by hand, in one place: the slash commands (add a command here, once) and the
 * message listener, over the parts of the application they use.
 */
final class DiscordFeatures {

    private final CommandRouter router;
    private final ChannelQuestionListener channelQuestions;

    private DiscordFeatures(CommandRouter router, ChannelQuestionListener channelQuestions) {
        this.router = router;
        this.channelQuestions = channelQuestions;
    }

    static DiscordFeatures wire(
            DiscordParts parts, DiscordConfig config, Clock clock, Executor answerExecutor, Executor reloadExecutor) {
        AnswerFormatter formatter = new AnswerFormatter();
        QuestionIntake intake = new QuestionIntake(
                parts.questionHandler(), new QuestionRateLimiter(config.questionsPerMinute(), clock), answerExecutor);
        FigureEmbeds figureEmbeds = new FigureEmbeds();
        DeferredEmbeds deferred = new DeferredEmbeds(intake, answerExecutor);
        List<SlashCommand> commands = List.of(
                new AskCommand(intake, formatter),
                new SourcesCommand(parts.knowledgeBase()),
                new FiguresCommand(parts.figures(), figureEmbeds, deferred),
                new TimelineCommand(parts.figures(), figureEmbeds, deferred),
                new ReloadCommand(parts.reloader(), new AdminCheck(Set.copyOf(config.adminRoleIds())), reloadExecutor),
                new HelpCommand(parts.knowledgeBase(), config));
        return new DiscordFeatures(
                new CommandRouter(commands), new ChannelQuestionListener(intake, formatter, config));
    }

    CommandRouter router() {
        return router;
    }

    ChannelQuestionListener channelQuestions() {
        return channelQuestions;
    }
}
