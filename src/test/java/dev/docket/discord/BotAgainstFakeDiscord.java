package dev.docket.discord;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.config.ConfigLoader;
import dev.docket.config.DocketConfig;
import dev.docket.discord.fake.FakeDiscord;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The real bot (real JDA, the real application over {@code knowledge/}) connected to a {@link FakeDiscord} on
 * 127.0.0.1: what the end-to-end tests start once per class.
 */
record BotAgainstFakeDiscord(FakeDiscord discord, Application application, DiscordBot bot, DocketConfig config)
        implements AutoCloseable {

    /** Starts all three and waits for READY; {@code environment} adds config overrides to the fake's URLs. */
    static BotAgainstFakeDiscord start(Path data, Map<String, String> environment, Duration wait) throws Exception {
        FakeDiscord discord = FakeDiscord.start();
        Map<String, String> variables = new HashMap<>(environment);
        variables.put("DISCORD_API_BASE_URL", discord.apiBaseUrl());
        variables.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
        DocketConfig config = new ConfigLoader(variables).load(null);
        Application application = TestApplications.open(Path.of("knowledge"), data);
        application.reloader().reload();
        return new BotAgainstFakeDiscord(discord, application, startBot(application, config, wait), config);
    }

    /** The bot stopped and started again (a restart: it remembers nothing), over the same store and fake. */
    BotAgainstFakeDiscord restarted(Duration wait) throws InterruptedException {
        bot.close();
        return new BotAgainstFakeDiscord(discord, application, startBot(application, config, wait), config);
    }

    private static DiscordBot startBot(Application application, DocketConfig config, Duration wait)
            throws InterruptedException {
        DiscordBot bot = DiscordBot.start(
                parts(application),
                config.discord(), DiscordToken.fromEnvironment(Map.of("DISCORD_TOKEN", FakeDiscord.TOKEN)).get(),
                Clock.systemUTC());
        if (!bot.awaitReady(wait)) {
            throw new IllegalStateException("the bot did not get READY from the fake gateway");
        }
        return bot;
    }

    /** What the bot uses of {@code application}. */
    static DiscordParts parts(Application application) {
        return new DiscordParts(application.questionHandler(), application.knowledgeBase(), application.reloader(),
                application.figures(), application.questionVotes(), application.questionStats());
    }

    @Override
    public void close() throws Exception {
        bot.close();
        application.close();
        discord.close();
    }
}
