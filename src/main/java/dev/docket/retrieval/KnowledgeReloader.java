package dev.docket.retrieval;

import dev.docket.knowledge.KnowledgeScan;
import dev.docket.knowledge.KnowledgeScanner;
import dev.docket.knowledge.Passage;
import dev.docket.knowledge.SkippedFile;
import dev.docket.knowledge.SourceDocument;
import dev.docket.store.KnowledgeStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-reads the knowledge folder, embeds what changed, stores the result in one transaction and swaps the new
 * index in. When nothing changed and the live index was built from the same documents, it is kept as it is (no
 * re-analysis, no index build). A file that became unreadable keeps its previous version; one reload runs at a time.
 */
public final class KnowledgeReloader {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeReloader.class);

    private final Path folder;
    private final KnowledgeScanner scanner;
    private final KnowledgeStore store;
    private final PassageEmbedder embedder;
    private final KnowledgeIndexBuilder indexBuilder;
    private final KnowledgeBase knowledgeBase;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    public KnowledgeReloader(
            Path folder,
            KnowledgeScanner scanner,
            KnowledgeStore store,
            PassageEmbedder embedder,
            FieldAnalyzers analyzers,
            KnowledgeBase knowledgeBase,
            Clock clock) {
        this.folder = folder;
        this.scanner = scanner;
        this.store = store;
        this.embedder = embedder;
        this.indexBuilder = new KnowledgeIndexBuilder(analyzers);
        this.knowledgeBase = knowledgeBase;
        this.clock = clock;
    }

    /** Serves what the database holds, without reading the folder: the last complete knowledge. */
    public int loadStored() {
        lock.lock();
        try {
            List<SourceDocument> documents = store.loadAll();
            knowledgeBase.replace(index(documents).index());
            return documents.size();
        } finally {
            lock.unlock();
        }
    }

    public ReloadReport reload() {
        lock.lock();
        try {
            long started = clock.millis();
            Map<String, SourceDocument> previous = bySource(store.loadAll());
            KnowledgeScan scan = scanner.scan(folder);
            Map<String, SourceDocument> next = bySource(scan.documents());
            List<String> kept = new ArrayList<>();
            for (SkippedFile file : scan.skipped()) {
                SourceDocument old = previous.get(file.source());
                if (old != null && !next.containsKey(file.source())) {
                    next.put(file.source(), old);
                    kept.add(file.source());
                }
            }
            List<SourceDocument> documents = next.values().stream()
                    .sorted(Comparator.comparing(SourceDocument::source))
                    .toList();
            boolean changed = !sameHashes(previous, next);
            KnowledgeIndex current = knowledgeBase.current();
            Indexed indexed = !changed && serves(current, next)
                    ? new Indexed(current, current.passages().size(), 0)
                    : index(documents);
            if (changed) {
                store.replaceAll(documents);
            }
            knowledgeBase.replace(indexed.index());
            ReloadReport report = report(previous, next, scan, kept, indexed, clock.millis() - started);
            log.info("{}", report.describe().strip());
            return report;
        } finally {
            lock.unlock();
        }
    }

    private record Indexed(KnowledgeIndex index, int passages, int embedded) {}

    private Indexed index(List<SourceDocument> documents) {
        List<String> texts = new ArrayList<>();
        int passages = 0;
        for (SourceDocument document : documents) {
            for (Passage passage : document.passages()) {
                texts.add(passage.text());
                passages++;
            }
        }
        for (SourceDocument document : documents) {
            for (Passage passage : document.passages()) {
                passage.sentences().forEach(sentence -> texts.add(sentence.text()));
            }
        }
        PassageEmbedder.Embedded embedded = embedder.embedAll(texts);
        List<float[]> vectors = embedded.vectors();
        KnowledgeIndex index =
                indexBuilder.build(documents, vectors.subList(0, passages), vectors.subList(passages, vectors.size()));
        return new Indexed(index, passages, embedded.computed());
    }

    private static ReloadReport report(
            Map<String, SourceDocument> previous, Map<String, SourceDocument> next, KnowledgeScan scan,
            List<String> kept, Indexed indexed, long millis) {
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
        List<String> removed = previous.keySet().stream().filter(source -> !next.containsKey(source)).toList();
        return new ReloadReport(added, changed, removed, unchanged, scan.skipped(), kept, next.size(),
                indexed.passages(), indexed.embedded(), millis);
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

    private static Map<String, SourceDocument> bySource(List<SourceDocument> documents) {
        Map<String, SourceDocument> sourceToDocument = new LinkedHashMap<>();
        documents.forEach(document -> sourceToDocument.put(document.source(), document));
        return sourceToDocument;
    }
}
