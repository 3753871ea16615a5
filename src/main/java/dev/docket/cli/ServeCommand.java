package dev.docket.cli;

import dev.docket.app.Application;
import dev.docket.discord.DiscordBot;
import dev.docket.discord.DiscordParts;
import dev.docket.discord.DiscordToken;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Runs the Discord bot until SIGTERM or Ctrl+C, then disconnects and closes the database cleanly. */
@Command(name = "serve", description = "Run the Discord bot (needs DISCORD_TOKEN); also what runs with no command"
        + " when DISCORD_TOKEN is set. Stops cleanly on SIGTERM or Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    DocketCommand docket;

    @Override
    public Integer call() throws InterruptedException {
        return runWith(docket);
    }

    int runWith(DocketCommand root) throws InterruptedException {
        DiscordToken token = root.discordToken().orElseThrow(() -> new IllegalStateException(
                "DISCORD_TOKEN is not set: create a bot in the Discord Developer Portal (see the README),"
                        + " then export DISCORD_TOKEN=<its token> and run serve again"));
        Application application = root.startFollowingKnowledge();
        DiscordBot bot;
        try {
            bot = DiscordBot.start(
                    new DiscordParts(application.questionHandler(), application.knowledgeBase(),
                            application.reloader(), application.figures(), application.questionVotes(),
                            application.questionStats()),
                    application.config().discord(), token, Clock.systemUTC());
        } catch (RuntimeException e) {
            application.close();
            throw e;
        }
        application.watchKnowledge().ifPresent(watcher ->
                bot.adminNotices(application.config().discord()).ifPresent(watcher::addListener));
        Shutdown shutdown = new Shutdown(bot, application);
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown, "docket-shutdown"));
        bot.awaitShutdown();
        boolean requested = shutdown.isDone();
        shutdown.run();
        if (!requested) {
            root.err().println("docket: the Discord session ended (see the log above for why)");
            return 1;
        }
        return 0;
    }

    /** Stops the bot, then the application, once, whether SIGTERM or Discord ended the session. */
    private static final class Shutdown implements Runnable {

        private final DiscordBot bot;
        private final Application application;
        private boolean done;

        Shutdown(DiscordBot bot, Application application) {
            this.bot = bot;
            this.application = application;
        }

        synchronized boolean isDone() {
            return done;
        }

        @Override
        public synchronized void run() {
            if (done) {
                return;
            }
            done = true;
            bot.close();
            application.close();
        }
    }
}
