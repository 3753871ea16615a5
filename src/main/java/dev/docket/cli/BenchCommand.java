package dev.docket.cli;

import dev.docket.bench.BenchOptions;
import dev.docket.bench.BenchReport;
import dev.docket.bench.Benchmark;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: measures ingestion, latency, memory and cold start at several knowledge sizes against a plain
 * Easy RAG baseline, and prints a table (progress goes to standard error). See docs/performance.md.
 */
@Command(name = "bench", description = "Measure ingestion, question latency, heap and cold start at several knowledge"
        + " sizes, beside a plain LangChain4j Easy RAG baseline; prints a table.")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    DocketCommand docket;

    @Spec
    CommandLine.Model.CommandSpec spec;

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

    @Option(names = "--jar", paramLabel = "FILE", description = "Jar launched for the cold starts (default: the"
            + " running jar, else target/docket.jar).")
    Path jar;

    @Option(names = "--cold-runs", paramLabel = "N", description = "Timed cold starts of each kind; 0 skips them"
            + " (default: 3).")
    int coldRuns = 3;

    @Option(names = "--child-heap", paramLabel = "SIZE", description = "-Xmx of the cold-start JVMs (default: 1g).")
    String childHeap = "1g";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BenchOptions options = new BenchOptions(sizes, questions, seed, work, set, embedFiles,
                jar == null ? defaultJar() : jar, coldRuns, childHeap);
        BenchReport report = new Benchmark(docket.config(), new AllMiniLmL6V2QuantizedEmbeddingModel(), options, err)
                .run();
        out.print(report.table());
        out.flush();
        return 0;
    }

    private static Path defaultJar() {
        try {
            Path running = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(running) && running.toString().endsWith(".jar")) {
                return running;
            }
        } catch (URISyntaxException | SecurityException e) {
            throw new IllegalStateException("the running jar could not be located; pass --jar", e);
        }
        return Path.of("target", "docket.jar");
    }
}
