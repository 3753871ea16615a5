package dev.docket.answer;

import dev.docket.figures.Figure;
import dev.docket.figures.FigureCatalog;
import dev.docket.figures.FigureGroup;
import dev.docket.figures.FigureKind;
import dev.docket.retrieval.KnowledgeBase;
import dev.docket.retrieval.KnowledgeIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Finds, for a quoted sentence, the figures other sources give for the same thing when the sources disagree,
 * so an answer never shows one side of a disagreement alone, and the same figure in the reader's language. The
 * figure groups are computed once per knowledge snapshot, from that snapshot's documents, and before the snapshot
 * goes live ({@link #prepare}, called by {@link KnowledgeBase#replace}), so the first question after a reload does
 * not wait for them.
 */
public final class FigureAlternatives {

    /** A group counts as asked about when its label scores at least this share of the best group's. */
    private static final double ASKED_ENOUGH = 0.6;

    /** The live snapshot and the one being swapped in, or the one a question still reads during a swap. */
    private static final int KEPT = 2;

    private final FigureCatalog catalog;
    private final Deque<Cached> cached = new ArrayDeque<>();

    private record Cached(KnowledgeIndex index, List<FigureGroup> groups) {}

    public FigureAlternatives(FigureCatalog catalog) {
        this.catalog = catalog;
    }

    /** Groups the figures of {@code index} now, so answers from it find them ready. */
    public void prepare(KnowledgeIndex index) {
        groups(index);
    }

    /**
     * One figure per amount that disagrees with a figure inside {@code source} between {@code start} and
     * {@code end}, preferring {@code language}, leaving out sentences already quoted ({@code quoted} holds
     * "source@start" keys). Only the groups the question is most about count: {@code relevance} scores a
     * group's label (its counted nouns) against the question.
     */
    public List<Figure> otherValues(KnowledgeIndex index, String source, int start, int end, String language, Set<String> quoted,
            ToDoubleFunction<String> relevance) {
        List<FigureGroup> quotedGroups = groups(index).stream()
                .filter(group -> group.figures().stream().anyMatch(figure -> figure.source().equals(source)
                        && figure.start() >= start && figure.end() <= end))
                .toList();
        double best = quotedGroups.stream().mapToDouble(group -> relevance.applyAsDouble(group.label())).max()
                .orElse(0);
        List<Figure> others = new ArrayList<>();
        for (FigureGroup group : quotedGroups) {
            if (!group.disagreement() || best == 0 || relevance.applyAsDouble(group.label()) < best * ASKED_ENOUGH) {
                continue;
            }
            for (FigureGroup.GroupValue value : group.values()) {
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

    /**
     * The same amount as a figure inside {@code source} between {@code start} and {@code end}, stated by another
     * document in {@code language}, or null: lets an answer quote the reader's language when one exists. An order of
     * magnitude ("hundreds of millions", a band) is no amount of its own: many facts share one.
     */
    public Figure sameAmountIn(
            KnowledgeIndex index, String language, String source, int start, int end, Predicate<FigureKind> asked) {
        for (FigureGroup group : groups(index)) {
            if (!asked.test(group.kind())) {
                continue;
            }
            for (FigureGroup.GroupValue value : group.values()) {
                boolean quoted = value.figures().stream().anyMatch(figure -> figure.source().equals(source)
                        && figure.start() >= start && figure.end() <= end && !figure.isBand());
                if (quoted) {
                    for (Figure figure : value.figures()) {
                        if (figure.language().equals(language) && !figure.source().equals(source)) {
                            return figure;
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * One line saying who gives which value when the quoted sentences give different values of one disputed figure
     * ("buses: over 40 [1] · nearly 60 [3]"), or null when they don't. Each value is the text as its sentence
     * states it, with the citation number of that sentence; the group is the one the question is most about.
     */
    public String summary(KnowledgeIndex index, List<Citation> citations, ToDoubleFunction<String> relevance) {
        String best = null;
        double bestRelevance = 0;
        for (FigureGroup group : groups(index)) {
            if (!group.disagreement()) {
                continue;
            }
            List<String> stated = new ArrayList<>();
            Set<String> amounts = new HashSet<>();
            for (Citation citation : citations) {
                group.figures().stream()
                        .filter(figure -> figure.source().equals(citation.source())
                                && figure.start() >= citation.start() && figure.end() <= citation.end())
                        .findFirst()
                        .ifPresent(figure -> {
                            stated.add(figure.text() + " [" + citation.n() + "]");
                            amounts.add(figure.statedAmount());
                        });
            }
            double groupRelevance = relevance.applyAsDouble(group.label());
            if (amounts.size() > 1 && (best == null || groupRelevance > bestRelevance)) {
                best = group.label() + ": " + String.join(" \u00b7 ", stated);
                bestRelevance = groupRelevance;
            }
        }
        return best;
    }

    static String key(Figure figure) {
        return figure.source() + "@" + figure.sentenceStart();
    }

    private static Figure preferred(List<Figure> figures, String language) {
        return figures.stream().filter(figure -> figure.language().equals(language)).findFirst()
                .orElse(figures.get(0));
    }

    private synchronized List<FigureGroup> groups(KnowledgeIndex index) {
        for (Cached entry : cached) {
            if (entry.index() == index) {
                return entry.groups();
            }
        }
        List<FigureGroup> groups = catalog.groups(index.documents());
        cached.addFirst(new Cached(index, groups));
        while (cached.size() > KEPT) {
            cached.removeLast();
        }
        return groups;
    }
}
