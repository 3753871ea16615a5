package dev.docket.bench;

import dev.docket.app.MiniLmEmbeddingModel;
import dev.docket.config.ConfigLoader;
import dev.docket.config.DocketConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The benchmark's entry point, outside the production jar: measures ingestion, latency, memory and cold start at
 * several knowledge sizes against a plain Easy RAG baseline, and prints a table (progress goes to standard error).
 * Run it with {@code mvn -q -Pbench package -DskipTests}; see docs/performance.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure ingestion, question latency, heap"
        + " and cold start at several knowledge sizes, beside a plain LangChain4j Easy RAG baseline; prints a table.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", description = "Config file (default: config/docket.yaml).")
    Path configFile = Path.of("config", "docket.yaml");

    @Option(names = "--knowledge", paramLabel = "DIR", description = "Knowledge folder (overrides the config).")
    Path knowledge;

    @Option(names = "--sizes", split = ",", paramLabel = "N[,N...]", description = "Knowledge sizes as multiples of"
            + " the knowledge folder (default: 1,100,1000).")
    List<Integer> sizes = List.of(1, 100, 1000);

    @Option(names = "--questions", paramLabel = "N", description = "Timed questions per size and path (default: 200).")
    int questions = 200;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the synthetic corpus (default: 42).")
    long seed = 42;

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for corpora, databases and embedding caches,"
            + " kept between runs (default: target/bench).")
    Path work = Path.of("target", "bench");

    @Option(names = "--set", paramLabel = "FILE", description = "Questions (default: config/eval/questions.yaml).")
    Path set = Path.of("config", "eval", "questions.yaml");

    @Option(names = "--embed-files", paramLabel = "N", description = "Files ingested into an empty database to time"
            + " embedding (default: 50).")
    int embedFiles = 50;

    @Option(names = "--jar", paramLabel = "FILE", description = "Production jar launched for the cold starts"
            + " (default: target/docket.jar).")
    Path jar = Path.of("target", "docket.jar");

    @Option(names = "--cold-runs", paramLabel = "N", description = "Timed cold starts of each kind; 0 skips them"
            + " (default: 3).")
    int coldRuns = 3;

    @Option(names = "--child-heap", paramLabel = "SIZE", description = "-Xmx of the cold-start JVMs (default: 1g).")
    String childHeap = "1g";

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new BenchCommand());
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            line.getErr().println("bench: " + exception.getMessage());
            return 2;
        });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchOptions options =
                new BenchOptions(sizes, questions, seed, work, set, embedFiles, jar, coldRuns, childHeap);
        BenchReport report = new Benchmark(config(), MiniLmEmbeddingModel.load(), options, err).run();
        out.print(report.table());
        out.flush();
        return 0;
    }

    private DocketConfig config() {
        DocketConfig config = new ConfigLoader(System.getenv()).load(configFile);
        return knowledge == null ? config : config.withKnowledge(knowledge);
    }
}
