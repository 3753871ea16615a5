package dev.docket.figures;

import dev.docket.language.LanguageLexicon;
import dev.docket.knowledge.SourceDocument;
import dev.docket.store.FigureStore;
import dev.docket.store.KnowledgeStore;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figures stage's entry point: the stored figures, grouped ({@link #figures(String)}), the timeline
 * ({@link #timeline()}), and the conflicting figures an answer quoting a sentence should mention
 * ({@link #alternativesFor}). Figures are written at ingestion with the documents; if the stored ones were made
 * by other extraction rules (or before figures existed) they are recomputed from the stored documents once.
 */
public final class FigureCatalog {

    private static final Logger log = LoggerFactory.getLogger(FigureCatalog.class);

    private final KnowledgeStore knowledgeStore;
    private final FigureStore figureStore;
    private final FigureRows rows;
    private final FigureExtractor extractor;
    private final FigureGrouper grouper;
    private final TimelineBuilder timelineBuilder;
    private final NounSimilarity similarity;
    private final FigureLexicon lexicon;

    public FigureCatalog(
            KnowledgeStore knowledgeStore, FigureStore figureStore, FigureExtractor extractor, FigureRows rows,
            EmbeddingModel embeddingModel, LanguageLexicon languageLexicon, FigureLexicon lexicon) {
        this.knowledgeStore = knowledgeStore;
        this.figureStore = figureStore;
        this.rows = rows;
        this.extractor = extractor;
        this.lexicon = lexicon;
        this.similarity = new NounSimilarity(embeddingModel, languageLexicon, NounSimilarity.DEFAULT_THRESHOLD);
        this.grouper = new FigureGrouper(similarity);
        this.timelineBuilder = new TimelineBuilder(similarity);
    }

    /** Every stored figure and date, in source and offset order. */
    public List<Figure> all() {
        return all(knowledgeStore.loadAll());
    }

    /** The figure groups of {@code documents} (a knowledge snapshot's), as {@link #figures} groups them. */
    public List<FigureGroup> groups(List<SourceDocument> documents) {
        return grouper.group(all(documents));
    }

    private synchronized List<Figure> all(List<SourceDocument> documents) {
        Map<String, SourceDocument> sourceToDocument =
                documents.stream().collect(Collectors.toMap(SourceDocument::source, Function.identity()));
        FigureStore.Stored stored = figureStore.loadAll();
        boolean current = documents.stream().allMatch(document ->
                rows.fingerprint().equals(stored.sourceToFingerprint().get(document.source())));
        if (!current) {
            // In the order the store gives them back (source, then offset), so groups come out the same whether
            // the figures were just extracted or read from the store.
            List<Figure> fresh = extractor.extractAll(documents).stream()
                    .sorted(Comparator.comparing(Figure::source).thenComparingInt(Figure::start))
                    .toList();
            figureStore.replaceAll(fresh.stream().map(FigureRows::toRow).toList(), rows.fingerprint());
            log.info("figures recomputed for {} documents: {} figures", documents.size(), fresh.size());
            return fresh;
        }
        return stored.rows().stream()
                .map(row -> FigureRows.toFigure(row, sourceToDocument))
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * The groups of figures about {@code topic} (all when null or blank): a group matches when a word of the
     * topic names its kind in one of the languages ("money", "Geld", "argent"), is in its label, nouns or
     * sentences, or the topic's embedding is close to one of its nouns.
     */
    public FiguresReport figures(String topic) {
        List<FigureGroup> groups = grouper.group(all());
        if (topic == null || topic.isBlank()) {
            return new FiguresReport(null, groups);
        }
        return new FiguresReport(topic, groups.stream().filter(group -> about(group, topic)).toList());
    }

    public TimelineReport timeline() {
        return timelineBuilder.build(all());
    }

    /**
     * The disagreeing groups with a figure inside {@code source}'s text between {@code start} and {@code end}
     * (e.g. a quoted sentence's offsets): an answer that quotes one value can name the others and who gives them.
     */
    public List<FigureGroup> alternativesFor(String source, int start, int end) {
        return grouper.group(all()).stream()
                .filter(FigureGroup::disagreement)
                .filter(group -> group.figures().stream().anyMatch(figure -> figure.source().equals(source)
                        && figure.start() >= start && figure.end() <= end))
                .toList();
    }

    private boolean about(FigureGroup group, String topic) {
        String foldedTopic = LanguageLexicon.fold(topic);
        List<String> words = List.of(foldedTopic.split("[^\\p{L}\\p{N}]+")).stream()
                .filter(word -> word.length() >= 3)
                .toList();
        String label = LanguageLexicon.fold(group.label());
        if (words.stream().anyMatch(word -> lexicon.namesKind(word, group.kind()) || label.contains(word))) {
            return true;
        }
        for (Figure figure : group.figures()) {
            String sentence = LanguageLexicon.fold(figure.sentence());
            if (words.stream().anyMatch(sentence::contains)
                    || figure.noun() != null && similarity.same(figure.noun(), topic)) {
                return true;
            }
        }
        return false;
    }
}
