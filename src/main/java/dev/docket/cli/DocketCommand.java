package dev.docket.cli;

import dev.docket.app.Application;
import dev.docket.config.ConfigException;
import dev.docket.config.ConfigLoader;
import dev.docket.config.DocketConfig;
import dev.docket.discord.DiscordToken;
import dev.docket.ingest.ReloadFailedException;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The root command: global options, and with no command the Discord bot when {@code DISCORD_TOKEN} is set,
 * else the interactive console.
 */
@Command(
        name = "docket",
        mixinStandardHelpOptions = true,
        version = "Docket 0.1.0",
        description = "Answers questions about a public dispute from a folder of articles, with cited snippets.",
        subcommands = {
            AskCommand.class,
            ConsoleCommand.class,
            ServeCommand.class,
            ReloadCommand.class,
            SourcesCommand.class,
            EvalCommand.class,
            FiguresCommand.class,
            TimelineCommand.class,
            StatsCommand.class,
            LogCommand.class,
            CommandLine.HelpCommand.class
        })
public final class DocketCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(DocketCommand.class);

    /** The config file read when {@code --config} is not given; running without it means the defaults. */
    static final Path DEFAULT_CONFIG = Path.of("config", "docket.yaml");

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: config/docket.yaml).")
    Path configFile;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "Knowledge folder (overrides the config).")
    Path knowledge;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder for the database (overrides the config).")
    Path data;

    @Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> environment;
    private final InputStream in;

    DocketCommand(Map<String, String> environment, InputStream in) {
        this.environment = environment;
        this.in = in;
    }

    /** The command line reading standard input. */
    public static CommandLine commandLine(Map<String, String> environment) {
        return commandLine(environment, System.in);
    }

    /** The configured command line; errors print a one-line message, not a stack trace. */
    public static CommandLine commandLine(Map<String, String> environment, InputStream in) {
        CommandLine commandLine = new CommandLine(new DocketCommand(environment, in));
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("docket: " + exception.getMessage());
            return 2;
        });
        return commandLine;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (discordToken().isPresent()) {
            return new ServeCommand().runWith(this);
        }
        return new ConsoleCommand().runWith(this);
    }

    Optional<DiscordToken> discordToken() {
        return DiscordToken.fromEnvironment(environment);
    }

    /** The configuration; a {@code --config} file that does not exist is an error, not a silent default. */
    DocketConfig config() {
        if (configFile != null && !Files.isRegularFile(configFile)) {
            throw new ConfigException("--config " + configFile + ": no such file; give the path of a config file"
                    + " (the documented one is config/docket.yaml), or leave --config out to use the defaults");
        }
        DocketConfig config = new ConfigLoader(environment).load(configFile != null ? configFile : DEFAULT_CONFIG);
        if (knowledge != null) {
            config = config.withKnowledge(knowledge);
        }
        if (data != null) {
            config = config.withData(data);
        }
        return config;
    }

    /**
     * Builds the application and loads the knowledge folder, as every command that answers needs. When the reload
     * fails or is refused (say the folder is missing), the knowledge stored by the last complete reload is served.
     * On a store other processes share, the stored version is served as it is (a process starting while another
     * reloads serves the last complete version) and the folder is read only when the store holds nothing yet.
     */
    Application startWithKnowledge() {
        Application application = Application.build(config(), environment);
        if (application.sharesStore()) {
            int stored = application.reloader().loadStored();
            if (stored > 0) {
                log.info("serving knowledge version {} ({} documents) from the shared store; 'reload' reads the"
                        + " folder again", application.reloader().servedVersion(), stored);
                return application;
            }
        }
        try {
            log.info("{}", application.reloader().reload().describe().strip());
        } catch (ReloadFailedException e) {
            int stored = application.reloader().loadStored();
            log.warn("{}; serving the {} documents stored by the last complete reload", e.getMessage(), stored);
        }
        return application;
    }

    /** Whether the command line reads the process's standard input (not a stream a test gave it). */
    boolean readsSystemIn() {
        return in == System.in;
    }

    /** As {@link #startWithKnowledge()}, then following the versions other processes store: for long runs. */
    Application startFollowingKnowledge() {
        Application application = startWithKnowledge();
        application.followStoredVersions();
        return application;
    }

    /** The application alone, its store opened and migrated, no knowledge loaded. */
    Application build() {
        return Application.build(config(), environment);
    }

    BufferedReader in() {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
