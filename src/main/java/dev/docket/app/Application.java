package dev.docket.app;

import dev.docket.answer.Answerer;
import dev.docket.answer.ExtractiveAnswerer;
import dev.docket.answer.FigureAlternatives;
import dev.docket.answer.QuestionHandler;
import dev.docket.answer.llm.LlmAnswerers;
import dev.docket.config.DocketConfig;
import dev.docket.config.StoreConfig;
import dev.docket.figures.FigureCatalog;
import dev.docket.figures.FigureExtractor;
import dev.docket.figures.FigureLexicon;
import dev.docket.figures.FigureReader;
import dev.docket.figures.FigureRows;
import dev.docket.ingest.KnowledgeFollower;
import dev.docket.ingest.KnowledgeReloader;
import dev.docket.ingest.KnowledgeWatcher;
import dev.docket.ingest.PassageEmbedder;
import dev.docket.insight.QuestionStats;
import dev.docket.knowledge.KnowledgeScanner;
import dev.docket.language.LanguageDetector;
import dev.docket.language.LanguageRegistry;
import dev.docket.language.LanguageLexicon;
import dev.docket.retrieval.ConceptVectors;
import dev.docket.retrieval.FieldAnalyzers;
import dev.docket.retrieval.HybridRetriever;
import dev.docket.retrieval.KnowledgeBase;
import dev.docket.retrieval.QuestionAnalyzer;
import dev.docket.retrieval.QuestionEmbedder;
import dev.docket.store.Database;
import dev.docket.store.DatabaseException;
import dev.docket.store.Dialect;
import dev.docket.store.ReloadLock;
import dev.docket.store.StoreLocation;
import dev.docket.store.VersionSignals;
import dev.docket.store.EmbeddingCache;
import dev.docket.store.FigureStore;
import dev.docket.store.KnowledgeStore;
import dev.docket.store.QuestionLog;
import dev.docket.store.QuestionVotes;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part from the configuration, in one place, and owns what must be closed.
 * Front ends (CLI, Discord) take the parts they need from here.
 */
public final class Application implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Application.class);

    /** The in-process embedding model's name; part of every cached embedding's key. */
    public static final String EMBEDDING_MODEL = "all-minilm-l6-v2-q";

    /** How often the stored knowledge version is polled when no announcement of a new one arrives. */
    static final Duration FOLLOW_POLL = Duration.ofSeconds(2);

    private final DocketConfig config;
    private final Database database;
    private final KnowledgeBase knowledgeBase;
    private final KnowledgeReloader reloader;
    private final ExtractiveAnswerer extractiveAnswerer;
    private final QuestionHandler questionHandler;
    private final QuestionLog questionLog;
    private final ExecutorService questionLogWriter;
    private final FigureCatalog figures;
    private final QuestionVotes questionVotes;
    private final QuestionStats questionStats;
    private KnowledgeWatcher knowledgeWatcher;
    private ScheduledExecutorService watchScheduler;
    private final KnowledgeFollower follower;
    private final AtomicBoolean following = new AtomicBoolean();

    private Application(
            DocketConfig config,
            Database database,
            KnowledgeBase knowledgeBase,
            KnowledgeReloader reloader,
            ExtractiveAnswerer extractiveAnswerer,
            QuestionHandler questionHandler,
            QuestionLog questionLog,
            ExecutorService questionLogWriter,
            FigureCatalog figures,
            QuestionVotes questionVotes,
            QuestionStats questionStats,
            KnowledgeFollower follower) {
        this.config = config;
        this.database = database;
        this.knowledgeBase = knowledgeBase;
        this.reloader = reloader;
        this.extractiveAnswerer = extractiveAnswerer;
        this.questionHandler = questionHandler;
        this.questionLog = questionLog;
        this.questionLogWriter = questionLogWriter;
        this.figures = figures;
        this.questionVotes = questionVotes;
        this.questionStats = questionStats;
        this.follower = follower;
    }

    /** Opens the database and builds the parts; the knowledge is empty until {@link #reloader()} runs. */
    public static Application build(DocketConfig config) {
        return build(config, System.getenv());
    }

    /** As {@link #build(DocketConfig)}, reading the LLM API key from {@code environment}. */
    public static Application build(DocketConfig config, Map<String, String> environment) {
        EmbeddingModel model = BackgroundEmbeddingModel.load(MiniLmEmbeddingModel::load, runnable -> {
            Thread thread = new Thread(runnable, "embedding-model-load");
            thread.setDaemon(true);
            thread.start();
        });
        return build(config, environment, model, Clock.systemUTC());
    }

    /** As {@link #build(DocketConfig, Map)} with a given embedding model, so one loaded model can serve many. */
    public static Application build(
            DocketConfig config, Map<String, String> environment, EmbeddingModel embeddingModel, Clock clock) {
        Database database = openStore(config, environment);
        LanguageRegistry languages = LanguageRegistry.load();
        LanguageLexicon lexicon = LanguageLexicon.load();
        LanguageDetector languageDetector = new LanguageDetector(languages, lexicon);
        FieldAnalyzers analyzers = new FieldAnalyzers(languages, lexicon, 5);
        PassageEmbedder embedder =
                new PassageEmbedder(embeddingModel, EMBEDDING_MODEL, new EmbeddingCache(database, clock));
        KnowledgeBase knowledgeBase = new KnowledgeBase();
        KnowledgeScanner scanner = new KnowledgeScanner(
                languageDetector, config.ingest().passageChars(), config.ingest().maxFileBytes());
        FigureLexicon figureLexicon = FigureLexicon.load(lexicon);
        FigureExtractor figureExtractor = new FigureExtractor(figureLexicon);
        FigureRows figureRows = new FigureRows(figureExtractor, figureLexicon);
        KnowledgeStore knowledgeStore = new KnowledgeStore(database, clock, figureRows);
        KnowledgeReloader reloader = new KnowledgeReloader(config.knowledgeFolder(), scanner,
                knowledgeStore, new ReloadLock(database, clock), embedder, analyzers, knowledgeBase, clock);
        FigureCatalog figures = new FigureCatalog(knowledgeStore, new FigureStore(database), figureExtractor,
                figureRows, embeddingModel, lexicon, figureLexicon);
        QuestionEmbedder questionEmbedder = new QuestionEmbedder(embeddingModel);
        QuestionAnalyzer questionAnalyzer = new QuestionAnalyzer(languageDetector, languages, lexicon, analyzers,
                questionEmbedder, MiniLmEmbeddingModel::vocabularyWords);
        HybridRetriever retriever = new HybridRetriever(knowledgeBase, analyzers, config.retrieval(),
                new ConceptVectors(questionEmbedder));
        FigureReader figureReader = new FigureReader(figureLexicon);
        FigureAlternatives alternatives = new FigureAlternatives(figures);
        knowledgeBase.beforeReplace(alternatives::prepare);
        ExtractiveAnswerer extractive = new ExtractiveAnswerer(questionAnalyzer, retriever, knowledgeBase,
                alternatives, figureReader, config.answer().maxSentences());
        Answerer answerer;
        try {
            answerer = LlmAnswerers.select(config.llm(), extractive, figureReader, environment, clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        ExecutorService questionLogWriter = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "question-log");
            thread.setDaemon(true);
            return thread;
        });
        QuestionLog questionLog = new QuestionLog(database, clock, questionLogWriter);
        QuestionHandler handler = new QuestionHandler(
                answerer, questionLog, languageDetector, config.answer().maxQuestionChars(), clock);
        KnowledgeFollower follower = new KnowledgeFollower(reloader, new VersionSignals(database), FOLLOW_POLL);
        return new Application(config, database, knowledgeBase, reloader, extractive, handler, questionLog,
                questionLogWriter, figures, new QuestionVotes(database, questionLog, clock),
                new QuestionStats(questionLog, embeddingModel), follower);
    }

    /**
     * The configured store: the H2 file in the data folder when {@code store.url} is empty, else the database at
     * {@code store.url}, with the password read from the variable {@code store.password-env} names.
     */
    static Database openStore(DocketConfig config, Map<String, String> environment) {
        StoreConfig store = config.store();
        if (store.url().isEmpty()) {
            return Database.open(config.dataFolder());
        }
        String password = "";
        if (!store.passwordEnv().isEmpty()) {
            password = environment.get(store.passwordEnv());
            if (password == null || password.isEmpty()) {
                throw new DatabaseException("store.password-env names the variable " + store.passwordEnv()
                        + ", but it is not set: export " + store.passwordEnv() + " with the database password", null);
            }
        }
        return Database.open(new StoreLocation(store.url(), store.user(), password));
    }

    /** True when the store is a PostgreSQL database other processes may share. */
    public boolean sharesStore() {
        return database.dialect() == Dialect.POSTGRESQL;
    }

    /**
     * On a store several processes share (PostgreSQL), starts following the knowledge versions the others write:
     * each is served here within {@link #FOLLOW_POLL} plus the index build, or at once when announced. On the H2
     * file only this process writes, so there is nothing to follow.
     */
    public void followStoredVersions() {
        if (sharesStore() && following.compareAndSet(false, true)) {
            follower.start();
        }
    }

    public DocketConfig config() {
        return config;
    }

    public KnowledgeBase knowledgeBase() {
        return knowledgeBase;
    }

    public KnowledgeReloader reloader() {
        return reloader;
    }

    public ExtractiveAnswerer extractiveAnswerer() {
        return extractiveAnswerer;
    }

    public QuestionHandler questionHandler() {
        return questionHandler;
    }

    public QuestionLog questionLog() {
        return questionLog;
    }

    /** Votes on answers, kept with the question log. */
    public QuestionVotes questionVotes() {
        return questionVotes;
    }

    /** The question log summed up for admins. */
    public QuestionStats questionStats() {
        return questionStats;
    }

    /**
     * With {@code knowledge-watch: true}, the started watcher that reloads the knowledge folder once its changes
     * settle (started on the first call; for long-running front ends); empty when watching is off.
     */
    public synchronized Optional<KnowledgeWatcher> watchKnowledge() {
        if (!config.knowledgeWatch()) {
            return Optional.empty();
        }
        if (knowledgeWatcher == null) {
            watchScheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "knowledge-watch-reload");
                thread.setDaemon(true);
                return thread;
            });
            knowledgeWatcher = new KnowledgeWatcher(config.knowledgeFolder(), reloader,
                    (delay, task) -> watchScheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS),
                    Duration.ofSeconds(config.knowledgeWatchSeconds()));
            knowledgeWatcher.start();
        }
        return Optional.of(knowledgeWatcher);
    }

    /** Figures, disagreements and the timeline of the stored knowledge. */
    public FigureCatalog figures() {
        return figures;
    }

    /** Writes the queued question log, then closes the database. */
    @Override
    public void close() {
        synchronized (this) {
            if (knowledgeWatcher != null) {
                knowledgeWatcher.close();
                watchScheduler.shutdownNow();
            }
        }
        if (following.get()) {
            follower.close();
        }
        questionLogWriter.shutdown();
        try {
            if (!questionLogWriter.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("the question log writer did not finish in 10 s; writing the rest now");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            questionLog.flush();
        } catch (RuntimeException e) {
            log.warn("{} questions could not be written to the question log before closing: {}",
                    questionLog.pending(), e.getMessage());
        }
        database.close();
    }
}
