package dev.docket.ingest;

import dev.docket.knowledge.FileStamp;
import dev.docket.knowledge.KnowledgeScan;
import dev.docket.knowledge.KnowledgeScanner;
import dev.docket.knowledge.KnownFile;
import dev.docket.knowledge.Passage;
import dev.docket.knowledge.SkippedFile;
import dev.docket.knowledge.SourceDocument;
import dev.docket.retrieval.FieldAnalyzers;
import dev.docket.retrieval.KnowledgeBase;
import dev.docket.retrieval.KnowledgeIndex;
import dev.docket.retrieval.KnowledgeIndexBuilder;
import dev.docket.store.DatabaseException;
import dev.docket.store.KnowledgeStore;
import dev.docket.store.ReloadLock;
import dev.docket.store.StoredKnowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads the knowledge folder, embeds what changed, stores the result in one transaction and swaps the new
 * index in. When nothing changed and the live index was built from the same documents, it is kept as it is (no
 * re-analysis, no index build). A file that became unreadable keeps its previous version.
 *
 * <p>A reload is all or nothing: the new documents, embeddings and index are built beside the live ones and the
 * database is written in one transaction before the index is swapped in, so questions asked meanwhile are answered
 * from the previous knowledge, and a reload that fails ({@link ReloadFailedException}) leaves it in place. A
 * reload never replaces knowledge with nothing: a missing or unreadable folder, or one in which no file can be
 * read, is refused while documents are loaded. Reloads are coalesced: a reload asked for while one is running
 * waits for that one and returns its report (or its failure) instead of starting another.
 *
 * <p>Processes sharing a PostgreSQL store take turns: a reload holds the store's {@link ReloadLock} from reading the
 * stored knowledge to writing the new version, so a second one waits, then usually finds nothing left to do (its
 * report says it waited). {@link #followStored()} brings this process up to a version another process wrote.
 */
public final class KnowledgeReloader {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeReloader.class);
    private static final long SETTLE_MILLIS = 2_000;

    private final Path folder;
    private final KnowledgeScanner scanner;
    private final KnowledgeStore store;
    private final ReloadLock reloadLock;
    private final PassageEmbedder embedder;
    private final KnowledgeIndexBuilder indexBuilder;
    private final KnowledgeBase knowledgeBase;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final SharedRun<ReloadReport> runs = new SharedRun<>();
    private final AtomicLong servedVersion = new AtomicLong(-1);

    public KnowledgeReloader(
            Path folder,
            KnowledgeScanner scanner,
            KnowledgeStore store,
            ReloadLock reloadLock,
            PassageEmbedder embedder,
            FieldAnalyzers analyzers,
            KnowledgeBase knowledgeBase,
            Clock clock) {
        this.folder = folder;
        this.scanner = scanner;
        this.store = store;
        this.reloadLock = reloadLock;
        this.embedder = embedder;
        this.indexBuilder = new KnowledgeIndexBuilder(analyzers);
        this.knowledgeBase = knowledgeBase;
        this.clock = clock;
    }

    /** Serves what the database holds, without reading the folder: the last complete knowledge. */
    public int loadStored() {
        lock.lock();
        try {
            StoredKnowledge stored = store.loadVersion();
            knowledgeBase.replace(index(stored.documents()).index());
            servedVersion.set(stored.version());
            return stored.documents().size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Serves the stored knowledge if another process stored a newer version than the one served here: its index
     * is built from the store (vectors from the embedding cache, no file read, nothing embedded) beside the live
     * one and swapped in whole. Does nothing while a reload runs in this process; that reload serves the newest.
     *
     * @return the version now served when it changed, or -1 when nothing had to be done
     */
    public long followStored() {
        if (!lock.tryLock()) {
            return -1;
        }
        try {
            if (store.version() <= servedVersion.get()) {
                return -1;
            }
            long started = clock.millis();
            StoredKnowledge stored = store.loadVersion();
            Indexed indexed = index(stored.documents());
            knowledgeBase.replace(indexed.index());
            servedVersion.set(stored.version());
            log.info("serving knowledge version {} ({} documents, {} passages) written by another process; read"
                    + " and indexed in {} ms, {} passages embedded", stored.version(), stored.documents().size(),
                    indexed.passages(), clock.millis() - started, indexed.embedded());
            return stored.version();
        } finally {
            lock.unlock();
        }
    }

    /** The number of the stored knowledge version this process serves; -1 before anything was loaded. */
    public long servedVersion() {
        return servedVersion.get();
    }

    /**
     * Reloads the folder, or, when a reload is already running, waits for it and returns its report.
     *
     * @throws ReloadFailedException when the knowledge could not be replaced; the previous knowledge is still served
     */
    public ReloadReport reload() {
        return runs.run(this::reloadNow,
                () -> log.info("a reload is already running; this one waits for it and shares its report"));
    }

    private ReloadReport reloadNow() {
        lock.lock();
        try (ReloadLock.Held held = step("taking the reload lock of the store", reloadLock::acquire)) {
            if (held.waitedMillis() > 0) {
                log.info("waited {} ms for a reload in another process", held.waitedMillis());
            }
            long started = clock.millis();
            List<KnownFile> known = step("reading the stored knowledge", store::knownFiles);
            checkFolder(known.size());
            long scanned = clock.millis();
            KnowledgeScan scan = step("reading the knowledge folder", () -> scanner.scan(folder, stamped(known)));
            KnowledgeIndex current = knowledgeBase.current();
            if (unchangedAndServed(known, scan, current) && store.version() == servedVersion.get()) {
                return logged(new ReloadReport(List.of(), List.of(), List.of(),
                        known.stream().map(KnownFile::source).toList(), scan.skipped(), List.of(), known.size(),
                        current.passages().size(), 0, clock.millis() - started, held.waitedMillis()));
            }
            StoredKnowledge stored = step("reading the stored knowledge", store::loadVersion);
            Map<String, SourceDocument> previous = bySource(stored.documents());
            Map<String, SourceDocument> next = bySource(scan.documents());
            scan.unchangedSourceToHash().keySet().forEach(source -> next.put(source, stored(previous, source)));
            List<String> kept = keepPreviousVersions(previous, next, scan);
            refuseEmptying(previous, next, scan);
            List<SourceDocument> documents = next.values().stream()
                    .sorted(Comparator.comparing(SourceDocument::source))
                    .toList();
            log.debug("read {} documents ({} skipped); embedding and indexing", documents.size(),
                    scan.skipped().size());
            boolean changed = !sameHashes(previous, next);
            Indexed indexed = !changed && serves(current, next)
                    ? new Indexed(current, current.passages().size(), 0)
                    : step("embedding and indexing the passages", () -> index(documents));
            Map<String, FileStamp> stamps = settled(scan.sourceToStamp(), scanned);
            long version = changed ? write(documents, stamps) : stored.version();
            if (!changed && newStamps(known, stamps)) {
                step("remembering file stamps", () -> {
                    store.rememberStamps(stamps);
                    return null;
                });
            }
            knowledgeBase.replace(indexed.index());
            servedVersion.set(version);
            return logged(report(previous, next, scan, kept, indexed, clock.millis() - started,
                    held.waitedMillis()));
        } finally {
            lock.unlock();
        }
    }

    /** The caller shows or logs the report; logging it here too printed it twice in the terminal. */
    private static ReloadReport logged(ReloadReport report) {
        log.debug("{}", report.describe().strip());
        return report;
    }

    /**
     * Nothing to read, embed or write: every stored file is still there with its stamp, no other file appeared, and
     * the live index was built from exactly these contents.
     */
    private static boolean unchangedAndServed(List<KnownFile> known, KnowledgeScan scan, KnowledgeIndex current) {
        if (!scan.documents().isEmpty() || scan.unchangedSourceToHash().size() != known.size()
                || current.documents().size() != known.size()) {
            return false;
        }
        return current.documents().stream().allMatch(document ->
                document.contentHash().equals(scan.unchangedSourceToHash().get(document.source())));
    }

    /** Whether some file has a settled stamp the database does not hold yet (then it is written with it). */
    private static boolean newStamps(List<KnownFile> known, Map<String, FileStamp> stamps) {
        Map<String, FileStamp> stored = new HashMap<>();
        known.stream().filter(file -> file.stamp() != null).forEach(file -> stored.put(file.source(), file.stamp()));
        return !stored.equals(stamps);
    }

    private SourceDocument stored(Map<String, SourceDocument> previous, String source) {
        SourceDocument document = previous.get(source);
        if (document == null) {
            throw new ReloadFailedException("reload failed: " + source + " left the database while the folder was"
                    + " read (another Docket process reloading the same data folder?); reload again; "
                    + servedNote());
        }
        return document;
    }

    /**
     * Stamps of files last modified at least {@value #SETTLE_MILLIS} ms before the scan began. A file written in the
     * same tick of the file system's clock as it was read could change again without changing its stamp (some file
     * systems keep times to 2 s), so such a file gets no stamp and is read again next time.
     */
    private static Map<String, FileStamp> settled(Map<String, FileStamp> sourceToStamp, long scanned) {
        Map<String, FileStamp> settled = new HashMap<>();
        sourceToStamp.forEach((source, stamp) -> {
            if (stamp.modifiedMillis() <= scanned - SETTLE_MILLIS) {
                settled.put(source, stamp);
            }
        });
        return settled;
    }

    /** A missing, unreadable or non-folder knowledge path refuses the reload: what is stored stays served. */
    private void checkFolder(int storedDocuments) {
        String problem;
        if (!Files.exists(folder)) {
            problem = "does not exist; create it with .md, .txt, .html or .pdf files, or point --knowledge or"
                    + " DOCKET_KNOWLEDGE at the right folder";
        } else if (!Files.isDirectory(folder)) {
            problem = "is not a folder; point --knowledge or DOCKET_KNOWLEDGE at the folder of knowledge files";
        } else if (!Files.isReadable(folder)) {
            problem = "cannot be read (permission denied); give Docket's user read access to it";
        } else {
            return;
        }
        String kept = storedDocuments == 0
                ? "no knowledge is stored, so questions get the \"no knowledge\" answer"
                : "the " + storedDocuments + " documents loaded before are kept";
        throw new ReloadFailedException("reload refused: the knowledge folder " + folder.toAbsolutePath() + " "
                + problem + ", then reload; " + kept);
    }

    private void refuseEmptying(
            Map<String, SourceDocument> previous, Map<String, SourceDocument> next, KnowledgeScan scan) {
        if (next.isEmpty() && !previous.isEmpty()) {
            throw new ReloadFailedException("reload refused: no file in the knowledge folder "
                    + folder.toAbsolutePath() + " could be read (" + scan.skipped().size() + " skipped), and a reload"
                    + " never replaces knowledge with nothing; the " + previous.size() + " documents loaded before"
                    + " are kept. Fix the files, or to start empty stop Docket and delete docket.mv.db in the data"
                    + " folder");
        }
    }

    private long write(List<SourceDocument> documents, Map<String, FileStamp> sourceToStamp) {
        log.debug("writing {} documents to the database in one transaction", documents.size());
        long started = clock.millis();
        long version = step("writing the database", () -> store.replaceAll(documents, sourceToStamp));
        log.debug("database written in {} ms as knowledge version {}; swapping the new index in",
                clock.millis() - started, version);
        return version;
    }

    /** Skipped files that were read before keep their previous version, unless that text is ingested anyway. */
    private static List<String> keepPreviousVersions(
            Map<String, SourceDocument> previous, Map<String, SourceDocument> next, KnowledgeScan scan) {
        Set<String> hashes = next.values().stream().map(SourceDocument::contentHash).collect(Collectors.toSet());
        List<String> kept = new ArrayList<>();
        for (SkippedFile file : scan.skipped()) {
            SourceDocument old = previous.get(file.source());
            if (old != null && !next.containsKey(file.source()) && hashes.add(old.contentHash())) {
                next.put(file.source(), old);
                kept.add(file.source());
            }
        }
        return kept;
    }

    private <T> T step(String name, Supplier<T> work) {
        try {
            return work.get();
        } catch (ReloadFailedException e) {
            throw e;
        } catch (DatabaseException e) {
            if (e.unreachable()) {
                throw new ReloadFailedException("reload refused: " + e.getMessage() + "; " + servedNote()
                        + ". Reload again once the database is back", e);
            }
            throw new ReloadFailedException("reload failed while " + name + " (" + e.getMessage() + "); "
                    + servedNote(), e);
        } catch (RuntimeException e) {
            throw new ReloadFailedException("reload failed while " + name + " (" + e.getMessage() + "); "
                    + servedNote(), e);
        }
    }

    private String servedNote() {
        int served = knowledgeBase.current().documents().size();
        return served > 0 ? "the " + served + " documents loaded before are still served"
                : "the database keeps the knowledge it had";
    }

    private record Indexed(KnowledgeIndex index, int passages, int embedded) {}

    private Indexed index(List<SourceDocument> documents) {
        int passages = documents.stream().mapToInt(document -> document.passages().size()).sum();
        KnowledgeIndexBuilder.TextsToEmbed texts = indexBuilder.textsToEmbed(documents);
        PassageEmbedder.Embedded embedded = embedder.embedAll(texts.texts());
        KnowledgeIndex index = indexBuilder.build(documents, texts, embedded.vectors());
        return new Indexed(index, passages, embedded.computed());
    }

    private static ReloadReport report(
            Map<String, SourceDocument> previous, Map<String, SourceDocument> next, KnowledgeScan scan,
            List<String> kept, Indexed indexed, long millis, long waitedMillis) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (SourceDocument document : scan.documents()) {
            SourceDocument old = previous.get(document.source());
            if (old == null) {
                added.add(document.source());
            } else if (!old.contentHash().equals(document.contentHash())) {
                changed.add(document.source());
            } else {
                unchanged.add(document.source());
            }
        }
        unchanged.addAll(scan.unchangedSourceToHash().keySet());
        unchanged.sort(null);
        List<String> removed = previous.keySet().stream().filter(source -> !next.containsKey(source)).toList();
        return new ReloadReport(added, changed, removed, unchanged, scan.skipped(), kept, next.size(),
                indexed.passages(), indexed.embedded(), millis, waitedMillis);
    }

    /** Whether {@code index} was built from exactly these documents, so an unchanged reload can keep it. */
    private static boolean serves(KnowledgeIndex index, Map<String, SourceDocument> next) {
        if (index.isEmpty() || index.documents().size() != next.size()) {
            return false;
        }
        return index.documents().stream().allMatch(document -> next.containsKey(document.source())
                && next.get(document.source()).contentHash().equals(document.contentHash()));
    }

    private static boolean sameHashes(Map<String, SourceDocument> previous, Map<String, SourceDocument> next) {
        if (!previous.keySet().equals(next.keySet())) {
            return false;
        }
        return next.values().stream()
                .allMatch(document -> previous.get(document.source()).contentHash().equals(document.contentHash()));
    }

    /** The known files that have a stamp, by source. */
    private static Map<String, KnownFile> stamped(List<KnownFile> files) {
        Map<String, KnownFile> sourceToFile = new HashMap<>();
        files.stream().filter(file -> file.stamp() != null).forEach(file -> sourceToFile.put(file.source(), file));
        return sourceToFile;
    }

    private static Map<String, SourceDocument> bySource(List<SourceDocument> documents) {
        Map<String, SourceDocument> sourceToDocument = new LinkedHashMap<>();
        documents.forEach(document -> sourceToDocument.put(document.source(), document));
        return sourceToDocument;
    }
}
