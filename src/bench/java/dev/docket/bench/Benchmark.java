package dev.docket.bench;

import dev.docket.answer.Answer;
import dev.docket.answer.Question;
import dev.docket.app.Application;
import dev.docket.config.DocketConfig;
import dev.docket.config.LlmConfig;
import dev.docket.evaluation.EvaluationCase;
import dev.docket.evaluation.EvaluationSet;
import dev.docket.evaluation.Evaluator;
import dev.docket.ingest.ReloadReport;
import dev.docket.knowledge.KnowledgeScanner;
import dev.docket.language.LanguageDetector;
import dev.docket.knowledge.SourceDocument;
import dev.docket.store.Database;
import dev.docket.store.KnowledgeStore;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Runs the measurements of {@link BenchOptions} at each size: ingestion (embedding included, and cached), unchanged
 * reload, heap, warm latency of retrieval and of the full offline answer, the evaluation score, the same for the
 * Easy RAG baseline over the same corpus and questions, and cold starts of the jar. Progress goes to {@code log}.
 */
public final class Benchmark {

    private static final int WARM_UP_ROUNDS = 2;

    private final DocketConfig config;
    private final EmbeddingModel model;
    private final BenchOptions options;
    private final PrintWriter log;
    private final Clock clock = Clock.systemUTC();

    public Benchmark(DocketConfig config, EmbeddingModel model, BenchOptions options, PrintWriter log) {
        this.config = config.withLlm(LlmConfig.defaults());
        this.model = model;
        this.options = options;
        this.log = log;
    }

    public BenchReport run() {
        List<EvaluationCase> cases = EvaluationSet.read(options.evaluationSet()).cases();
        Path root = options.work().resolve("seed-" + options.seed());
        CachingEmbeddingModel baselineModel =
                new CachingEmbeddingModel(model, root.resolve("baseline-embeddings.bin")).load();
        List<SizeResult> results = new ArrayList<>();
        for (int size : options.sizes()) {
            results.add(measure(size, root, cases, baselineModel));
        }
        ColdStartResult coldStart = coldStart(root, cases.get(0).question());
        return new BenchReport(options, results, coldStart, baseHeapMb());
    }

    private SizeResult measure(int size, Path root, List<EvaluationCase> cases, CachingEmbeddingModel baselineModel) {
        Path knowledge = corpus(root, size);
        int files = fileCount(knowledge);
        int embedFiles = Math.min(files, options.embedFiles());
        progress("%dx: %d files; ingesting %d of them into an empty database", size, files, embedFiles);
        double embedRate = ingestIntoEmptyDatabase(knowledge, embedFiles, root);
        Path data = root.resolve("data").resolve(size + "x");
        int persistentEmbedded = fill(knowledge, data);
        clearDocuments(data);
        double before = usedHeapMb();
        try (Application application = open(knowledge, data)) {
            long started = System.nanoTime();
            ReloadReport cached = application.reloader().reload();
            double cachedRate = cached.passages() / seconds(started);
            started = System.nanoTime();
            application.reloader().reload();
            long unchangedMillis = (System.nanoTime() - started) / 1_000_000;
            double heap = usedHeapMb() - before;
            started = System.nanoTime();
            application.questionHandler().handle(question(cases.get(0).question()));
            long firstAnswerMillis = (System.nanoTime() - started) / 1_000_000;
            progress("%dx: %d passages, cached ingestion %.0f passages/s, unchanged reload %d ms, first answer %d ms;"
                    + " timing questions", size, cached.passages(), cachedRate, unchangedMillis, firstAnswerMillis);
            double score = score(cases, question -> application.questionHandler().handle(question(question)));
            Latencies retrieval = time(cases, question -> application.extractiveAnswerer().retrieve(question(question)));
            Latencies answer = time(cases, question -> application.questionHandler().handle(question(question)));
            return withBaseline(size, knowledge, cases, baselineModel, new SizeResult(size, files, cached.passages(),
                    embedFiles, embedRate, persistentEmbedded, cachedRate, unchangedMillis, firstAnswerMillis, heap, retrieval, answer,
                    score, 0, 0, 0, 0, null, null, 0));
        }
    }

    private SizeResult withBaseline(
            int size, Path knowledge, List<EvaluationCase> cases, CachingEmbeddingModel baselineModel, SizeResult docket) {
        progress("%dx: Easy RAG baseline ingesting", size);
        double before = usedHeapMb();
        int computedBefore = baselineModel.computed();
        long started = System.nanoTime();
        EasyRagBaseline baseline = EasyRagBaseline.ingest(knowledge, baselineModel, model);
        double ingestSeconds = seconds(started);
        double heap = usedHeapMb() - before;
        double score = score(cases, baseline::answer);
        Latencies retrieval = time(cases, baseline::retrieve);
        Latencies answer = time(cases, baseline::answer);
        return new SizeResult(size, docket.files(), docket.passages(), docket.embedFiles(),
                docket.embedPassagesPerSecond(), docket.persistentEmbedded(), docket.cachedPassagesPerSecond(),
                docket.unchangedReloadMillis(), docket.firstAnswerMillis(), docket.knowledgeHeapMb(), docket.retrieval(), docket.answer(),
                docket.evalScore(), baseline.segments(), baselineModel.computed() - computedBefore, ingestSeconds,
                heap, retrieval, answer, score);
    }

    /**
     * Ingests {@code knowledge} into the kept database, embedding only what it has not cached yet. A method of its
     * own so that its application is unreachable once it returns (a dead local of the caller would keep it).
     */
    private int fill(Path knowledge, Path data) {
        try (Application application = open(knowledge, data)) {
            return application.reloader().reload().embedded();
        }
    }

    private double ingestIntoEmptyDatabase(Path knowledge, int files, Path root) {
        Path sample = root.resolve("sample").resolve(files + "-files").resolve("knowledge");
        Path data = root.resolve("fresh");
        deleteTree(sample.getParent());
        deleteTree(data);
        copyFirst(knowledge, sample, files);
        try (Application application = open(sample, data)) {
            long started = System.nanoTime();
            ReloadReport report = application.reloader().reload();
            double rate = report.passages() / seconds(started);
            progress("  %d passages (%d texts embedded) in %.1f s: %.0f passages/s", report.passages(),
                    report.embedded(), seconds(started), rate);
            return rate;
        } finally {
            deleteTree(data);
        }
    }

    private double score(List<EvaluationCase> cases, Function<String, Answer> answerer) {
        long passed = cases.stream()
                .filter(evaluationCase -> Evaluator.grade(evaluationCase, answerer.apply(evaluationCase.question()))
                        .passed())
                .count();
        return (double) passed / cases.size();
    }

    /**
     * Warm latencies: the questions were each asked once by {@link #score} before, and {@value #WARM_UP_ROUNDS}
     * more untimed rounds here let the JIT finish with this path.
     */
    private Latencies time(List<EvaluationCase> cases, Consumer<String> ask) {
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            cases.forEach(evaluationCase -> ask.accept(evaluationCase.question()));
        }
        List<Long> nanos = new ArrayList<>(options.questions());
        for (int i = 0; i < options.questions(); i++) {
            String question = cases.get(i % cases.size()).question();
            long started = System.nanoTime();
            ask.accept(question);
            nanos.add(System.nanoTime() - started);
        }
        return Latencies.of(nanos);
    }

    private ColdStartResult coldStart(Path root, String question) {
        if (options.jar() == null || !Files.isRegularFile(options.jar()) || options.coldRuns() == 0) {
            progress("cold start skipped: no jar (build it with mvn package, or pass --jar)");
            return new ColdStartResult(List.of(), List.of(), List.of());
        }
        ColdStart launcher = new ColdStart(options.jar(), options.childHeap());
        Path knowledge = corpus(root, 1);
        Path existing = root.resolve("cold").resolve("existing");
        Path empty = root.resolve("cold").resolve("empty");
        Path childLog = root.resolve("cold").resolve("child.log");
        createFolder(childLog.getParent());
        progress("cold start: filling %s once", existing);
        launcher.millis(knowledge, existing, question, childLog);
        List<Long> existingMillis = new ArrayList<>();
        List<Long> emptyMillis = new ArrayList<>();
        for (int run = 0; run < options.coldRuns(); run++) {
            existingMillis.add(launcher.millis(knowledge, existing, question, childLog));
            deleteTree(empty);
            emptyMillis.add(launcher.millis(knowledge, empty, question, childLog));
            progress("cold start run %d: existing data %d ms, empty data %d ms", run + 1,
                    existingMillis.get(run), emptyMillis.get(run));
        }
        List<Long> scriptMillis = new ArrayList<>();
        Path script = options.jar().toAbsolutePath().getParent().resolveSibling("bin").resolve("docket");
        if (Files.isRegularFile(script)) {
            Path archive = root.resolve("cold").resolve("docket.jsa");
            deleteTree(archive);
            ColdStart throughScript = launcher.throughScript(script, archive);
            progress("cold start through %s: recording its class-data archive once", script);
            throughScript.millis(knowledge, existing, question, childLog);
            for (int run = 0; run < options.coldRuns(); run++) {
                scriptMillis.add(throughScript.millis(knowledge, existing, question, childLog));
                progress("cold start run %d through bin/docket: existing data %d ms", run + 1, scriptMillis.get(run));
            }
        }
        return new ColdStartResult(existingMillis, emptyMillis, scriptMillis);
    }

    private Path corpus(Path root, int size) {
        Path folder = root.resolve("corpus").resolve(size + "x");
        Path knowledge = folder.resolve("knowledge");
        Path complete = folder.resolve("complete");
        if (!Files.exists(complete)) {
            deleteTree(folder);
            KnowledgeScanner scanner = new KnowledgeScanner(
                    new LanguageDetector(), config.ingest().passageChars(), config.ingest().maxFileBytes());
            List<SourceDocument> originals = scanner.scan(config.knowledgeFolder()).documents().stream()
                    .sorted(Comparator.comparing(SourceDocument::source))
                    .toList();
            if (originals.isEmpty()) {
                throw new IllegalStateException("no knowledge files in " + config.knowledgeFolder()
                        + " to build the corpus from; pass --knowledge");
            }
            int files = new SyntheticCorpus(originals).write(config.knowledgeFolder(), knowledge, size, options.seed());
            writeString(complete, files + " files\n");
        }
        return knowledge;
    }

    private Application open(Path knowledge, Path data) {
        return Application.build(config.withKnowledge(knowledge).withData(data), Map.of(), model, clock);
    }

    /** Empties the stored documents but keeps the embedding cache, so the next reload ingests from the cache. */
    private void clearDocuments(Path data) {
        try (Database database = Database.open(data)) {
            new KnowledgeStore(database, clock).replaceAll(List.of());
        }
    }

    private static Question question(String text) {
        return new Question(text, null, "bench");
    }

    private void progress(String format, Object... arguments) {
        log.println(String.format(format, arguments));
        log.flush();
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    static double usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }

    private static double baseHeapMb() {
        return usedHeapMb();
    }

    private static int fileCount(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.count();
        } catch (IOException e) {
            throw new UncheckedIOException("corpus folder " + folder + " could not be listed", e);
        }
    }

    private static void copyFirst(Path from, Path to, int files) {
        try (Stream<Path> list = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : list.sorted().limit(files).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("sample of " + from + " could not be copied to " + to, e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + " could not be created", e);
        }
    }

    private static void writeString(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " could not be written", e);
        }
    }

    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + " could not be deleted; delete it by hand", e);
        }
    }
}
