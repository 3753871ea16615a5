package dev.docket.answer;

import dev.docket.figures.Figure;
import dev.docket.figures.FigureCatalog;
import dev.docket.figures.FigureGroup;
import dev.docket.retrieval.KnowledgeBase;
import dev.docket.retrieval.KnowledgeIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds, for a quoted sentence, the figures other sources give for the same thing when the sources disagree,
 * so an answer never shows one side of a disagreement alone. The disagreeing groups are computed once per
 * knowledge snapshot, not per question.
 */
public final class FigureAlternatives {

    private final KnowledgeBase knowledgeBase;
    private final FigureCatalog catalog;
    private Cached cached;

    private record Cached(KnowledgeIndex index, List<FigureGroup> disagreements) {}

    public FigureAlternatives(KnowledgeBase knowledgeBase, FigureCatalog catalog) {
        this.knowledgeBase = knowledgeBase;
        this.catalog = catalog;
    }

    /**
     * One figure per amount that disagrees with a figure inside {@code source} between {@code start} and
     * {@code end}, preferring {@code language}, leaving out sentences already quoted ({@code quoted} holds
     * "source@start" keys). Only groups whose label (the counted nouns) the question asks about count.
     */
    public List<Figure> otherValues(
            String source, int start, int end, String language, Set<String> quoted, Predicate<String> asked) {
        List<Figure> others = new ArrayList<>();
        for (FigureGroup group : disagreements()) {
            if (!asked.test(group.label())) {
                continue;
            }
            List<FigureGroup.GroupValue> values = group.values();
            boolean quotesThisGroup = group.figures().stream().anyMatch(figure -> figure.source().equals(source)
                    && figure.start() >= start && figure.end() <= end);
            if (!quotesThisGroup) {
                continue;
            }
            for (FigureGroup.GroupValue value : values) {
                boolean alreadyShown = value.figures().stream().anyMatch(figure ->
                        quoted.contains(key(figure)) || (figure.source().equals(source)
                                && figure.start() >= start && figure.end() <= end));
                if (!alreadyShown) {
                    others.add(preferred(value.figures(), language));
                }
            }
        }
        return others;
    }

    static String key(Figure figure) {
        return figure.source() + "@" + figure.sentenceStart();
    }

    private static Figure preferred(List<Figure> figures, String language) {
        return figures.stream().filter(figure -> figure.language().equals(language)).findFirst()
                .orElse(figures.get(0));
    }

    private synchronized List<FigureGroup> disagreements() {
        KnowledgeIndex index = knowledgeBase.current();
        if (cached == null || cached.index() != index) {
            List<FigureGroup> groups = catalog.figures(null).groups().stream()
                    .filter(FigureGroup::disagreement)
                    .toList();
            cached = new Cached(index, groups);
        }
        return cached.disagreements();
    }
}
