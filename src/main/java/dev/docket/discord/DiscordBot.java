package dev.docket.discord;

import dev.docket.config.DiscordConfig;
import dev.docket.ingest.KnowledgeWatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running Discord bot: JDA's {@link ShardManager} running this process's shards ({@code discord.shard-ids} of
 * {@code discord.shards-total}) against the configured REST API and Gateway, the slash commands and the message
 * listener. Discord sends each guild's events to one shard, so each process answers only its shards' guilds.
 * {@link #close()} disconnects within a bound and stops the bot's threads; the caller closes the application
 * afterwards.
 */
public final class DiscordBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DiscordBot.class);
    private static final Duration SHUTDOWN_BOUND = Duration.ofSeconds(10);

    private final ShardManager shards;
    private final ExecutorService answerExecutor;
    private final ExecutorService reloadExecutor;
    private final ShardLatches latches;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DiscordBot(
            ShardManager shards, ShardLatches latches, ExecutorService answerExecutor, ExecutorService reloadExecutor) {
        this.shards = shards;
        this.latches = latches;
        this.answerExecutor = answerExecutor;
        this.reloadExecutor = reloadExecutor;
    }

    /**
     * Logs in (checking the token at once) and connects in the background; commands are registered when the
     * Gateway says the bot is ready.
     */
    public static DiscordBot start(DiscordParts parts, DiscordConfig config, DiscordToken token, Clock clock) {
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        ExecutorService answerExecutor = answerExecutor(config);
        ExecutorService reloadExecutor = Executors.newSingleThreadExecutor(threads("reload"));
        DiscordFeatures features = DiscordFeatures.wire(parts, config, clock, answerExecutor, reloadExecutor);
        ShardLatches latches = new ShardLatches(config.shardIdList());
        try {
            DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(token.value(), intents(config))
                    .setRestConfig(new RestConfig().setBaseUrl(config.apiBaseUrl()))
                    .setSessionController(new GatewaySessionController(config.gatewayUrl()))
                    .setCompression(Compression.NONE)
                    .setGatewayEncoding(GatewayEncoding.JSON)
                    .setEnableShutdownHook(false)
                    .setShardsTotal(config.shardsTotal() == 0 ? -1 : config.shardsTotal())
                    .addEventListeners(features.router(), features.channelQuestions(), features.voteButtons(),
                            new CommandRegistrar(features.router().definitions(), config.guildIds()),
                            new ListenerAdapter() {
                                @Override
                                public void onReady(ReadyEvent event) {
                                    latches.ready();
                                }

                                @Override
                                public void onShutdown(ShutdownEvent event) {
                                    explain(event.getCloseCode());
                                    latches.shutDown();
                                }
                            });
            if (!config.shardIdList().isEmpty()) {
                builder.setShards(config.shardIdList());
            }
            ShardManager shards = builder.build();
            latches.expect(shards.getShardsQueued() + shards.getShards().size());
            log.info("Discord bot logging in as {} through {} and {}: shards {} of {}",
                    shards.getShards().get(0).getSelfUser().getName(), config.apiBaseUrl(), config.gatewayUrl(),
                    config.shardIdList().isEmpty() ? "all" : config.shardIdList(), shards.getShardsTotal());
            return new DiscordBot(shards, latches, answerExecutor, reloadExecutor);
        } catch (InvalidTokenException e) {
            answerExecutor.shutdownNow();
            reloadExecutor.shutdownNow();
            throw new IllegalStateException("Discord rejected DISCORD_TOKEN: copy the bot token again from the"
                    + " Developer Portal (Bot > Reset Token) and set it in the environment", e);
        } catch (RuntimeException e) {
            answerExecutor.shutdownNow();
            reloadExecutor.shutdownNow();
            throw e;
        }
    }

    /**
     * Waits until every shard of this process is connected and has received its servers; false if that took longer
     * than the bound.
     */
    public boolean awaitReady(Duration bound) throws InterruptedException {
        return latches.awaitReady(bound);
    }

    /** Blocks until the bot has shut down, by {@link #close()} or because Discord ended every shard's session. */
    public void awaitShutdown() throws InterruptedException {
        latches.awaitShutdown();
    }

    /**
     * Where reloads after a change to the knowledge folder are reported in Discord: {@code discord.admin-channel-id};
     * empty when none is set.
     */
    public Optional<KnowledgeWatcher.Listener> adminNotices(DiscordConfig config) {
        return config.adminChannelId().isEmpty()
                ? Optional.empty()
                : Optional.of(new AdminChannelNotices(shards, config.adminChannelId()));
    }

    /** JDA's view of the connection, e.g. CONNECTED or SHUTDOWN; with several shards, each shard's, by shard. */
    public String status() {
        List<JDA> running = shards.getShards();
        if (running.isEmpty()) {
            return JDA.Status.SHUTDOWN.name();
        }
        if (running.size() == 1) {
            return running.get(0).getStatus().name();
        }
        return running.stream()
                .map(jda -> jda.getShardInfo().getShardId() + "=" + jda.getStatus().name())
                .sorted()
                .toList()
                .toString();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        log.info("Discord bot shutting down");
        List<JDA> running = shards.getShards();
        shards.shutdown();
        try {
            for (JDA jda : running) {
                if (!jda.awaitShutdown(SHUTDOWN_BOUND)) {
                    log.warn("JDA shard {} did not stop within {} s; forcing it", jda.getShardInfo().getShardId(),
                            SHUTDOWN_BOUND.toSeconds());
                    jda.shutdownNow();
                }
            }
            latches.closed();
            answerExecutor.shutdown();
            reloadExecutor.shutdown();
            if (!answerExecutor.awaitTermination(SHUTDOWN_BOUND.toSeconds(), TimeUnit.SECONDS)
                    || !reloadExecutor.awaitTermination(SHUTDOWN_BOUND.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("questions or a reload were still running after {} s; stopping them",
                        SHUTDOWN_BOUND.toSeconds());
                answerExecutor.shutdownNow();
                reloadExecutor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.forEach(JDA::shutdownNow);
            latches.closed();
            answerExecutor.shutdownNow();
            reloadExecutor.shutdownNow();
        }
    }

    private static void explain(CloseCode closeCode) {
        if (closeCode == CloseCode.DISALLOWED_INTENTS) {
            log.error("Discord refused the Message Content intent, which discord.qa-channel-ids needs: switch on"
                    + " Bot > Message Content Intent in the Developer Portal, or empty discord.qa-channel-ids");
        } else if (closeCode != null && !closeCode.isReconnect()) {
            log.error("Discord ended the session for good: {} ({})", closeCode, closeCode.getMeaning());
        }
    }

    /**
     * The answer threads with their bounded queue: {@code discord.answer-threads} answer, up to
     * {@code discord.answer-queue} questions wait, and one more is refused at once
     * ({@link java.util.concurrent.RejectedExecutionException}), which the bot turns into a polite "busy" reply.
     */
    static ExecutorService answerExecutor(DiscordConfig config) {
        return new ThreadPoolExecutor(config.answerThreads(), config.answerThreads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(config.answerQueue()), threads("answer"),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Message Content is privileged: asked for only when Q&amp;A channels or the bot's threads need every message
     * read.
     */
    static EnumSet<GatewayIntent> intents(DiscordConfig config) {
        EnumSet<GatewayIntent> intents =
                EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (!config.qaChannelIds().isEmpty() || config.answerInThreads()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        return intents;
    }

    private static ThreadFactory threads(String purpose) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "docket-discord-" + purpose + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
