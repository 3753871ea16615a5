package dev.docket.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Links figures by the rules of {@link FigureGrouper} without comparing every pair: figures are put in buckets
 * that the rules require to be equal (kind and unit; the stated amount; the passage), and inside a bucket the
 * counted nouns are compared once per pair of distinct nouns, not per pair of figures. Within two matching nouns,
 * figures sorted by magnitude are linked to their neighbours within the ratio, which joins the same figures as
 * comparing every pair would (the ratio is a distance on the logarithm of the amount). Thousands of copies of one
 * article cost little more than one.
 */
final class FigureLinks {

    private final NounSimilarity nouns;
    private final List<Figure> figures;
    private final int[] parent;

    FigureLinks(NounSimilarity nouns, List<Figure> figures) {
        this.nouns = nouns;
        this.figures = figures;
        this.parent = new int[figures.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
    }

    /** Links by all four rules; returns the figures grouped, in order of each group's first figure. */
    List<List<Figure>> groups() {
        Map<String, List<Integer>> kindToFigures = bucket(i -> isDuration(i) ? null
                : figures.get(i).kind() + "|" + figures.get(i).unit());
        kindToFigures.values().forEach(this::linkSameNouns);
        bucket(i -> isDuration(i) || figures.get(i).magnitude() < FigureGrouper.MIN_SPECIFIC ? null
                : figures.get(i).kind() + "|" + figures.get(i).unit() + "|" + figures.get(i).statedAmount())
                .values().forEach(this::linkSameAmount);
        bucket(i -> isDuration(i) ? null : figures.get(i).kind() + "|" + figures.get(i).unit() + "|"
                + figures.get(i).source() + "|" + figures.get(i).passage())
                .values().forEach(this::linkSideBySide);
        linkDurations();
        Map<Integer, List<Figure>> rootToFigures = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            rootToFigures.computeIfAbsent(find(i), root -> new ArrayList<>()).add(figures.get(i));
        }
        return List.copyOf(rootToFigures.values());
    }

    /** Rule 1: matching nouns and amounts within {@link FigureGrouper#MAX_RATIO}. */
    private void linkSameNouns(List<Integer> bucket) {
        Map<String, List<Integer>> nounToFigures = new LinkedHashMap<>();
        for (int i : bucket) {
            if (figures.get(i).noun() != null) {
                nounToFigures.computeIfAbsent(figures.get(i).noun(), noun -> new ArrayList<>()).add(i);
            }
        }
        List<String> distinct = List.copyOf(nounToFigures.keySet());
        List<List<Integer>> sorted = new ArrayList<>();
        for (String noun : distinct) {
            List<Integer> indices = nounToFigures.get(noun);
            indices.sort(Comparator.comparingDouble(i -> figures.get(i).magnitude()));
            sorted.add(indices);
            linkNeighbours(indices, List.of());
        }
        for (int a = 0; a < distinct.size(); a++) {
            for (int b = a + 1; b < distinct.size(); b++) {
                if (nouns.same(distinct.get(a), distinct.get(b))) {
                    linkNeighbours(sorted.get(a), sorted.get(b));
                }
            }
        }
    }

    /** Merges two lists sorted by magnitude and links each figure to the next one within the ratio. */
    private void linkNeighbours(List<Integer> first, List<Integer> second) {
        int x = 0;
        int y = 0;
        int previous = -1;
        while (x < first.size() || y < second.size()) {
            boolean fromFirst = y >= second.size() || x < first.size()
                    && figures.get(first.get(x)).magnitude() <= figures.get(second.get(y)).magnitude();
            int current = fromFirst ? first.get(x++) : second.get(y++);
            if (previous >= 0) {
                double small = figures.get(previous).magnitude();
                double large = figures.get(current).magnitude();
                if (small > 0 && large / small <= FigureGrouper.MAX_RATIO) {
                    union(previous, current);
                }
            }
            previous = current;
        }
    }

    /**
     * Rule 2: the same specific amount in different documents or languages, unless both name different things in
     * one language. Figures of one language and noun behave alike, so they are compared as classes.
     */
    private void linkSameAmount(List<Integer> bucket) {
        Map<String, List<Integer>> classes = new LinkedHashMap<>();
        for (int i : bucket) {
            Figure figure = figures.get(i);
            classes.computeIfAbsent(figure.language() + "|" + figure.noun(), key -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> members = List.copyOf(classes.values());
        for (int p = 0; p < members.size(); p++) {
            if (sources(members.get(p)).size() > 1) {
                unionAll(members.get(p));
            }
            for (int q = p + 1; q < members.size(); q++) {
                Figure a = figures.get(members.get(p).get(0));
                Figure b = figures.get(members.get(q).get(0));
                boolean sameLanguage = a.language().equals(b.language());
                boolean contradicting = sameLanguage && a.noun() != null && b.noun() != null
                        && !nouns.same(a.noun(), b.noun());
                Set<String> sources = sources(members.get(p));
                sources.addAll(sources(members.get(q)));
                if (!contradicting && (!sameLanguage || sources.size() > 1)) {
                    unionAll(members.get(p));
                    unionAll(members.get(q));
                    union(members.get(p).get(0), members.get(q).get(0));
                }
            }
        }
    }

    /** Rule 3: alternatives named to different speakers in adjacent sentences of one passage. */
    private void linkSideBySide(List<Integer> bucket) {
        for (int x = 0; x < bucket.size(); x++) {
            for (int y = x + 1; y < bucket.size(); y++) {
                if (FigureGrouper.sideBySide(figures.get(bucket.get(x)), figures.get(bucket.get(y)))) {
                    union(bucket.get(x), bucket.get(y));
                }
            }
        }
    }

    /** Rule 4: durations of one unit whose sentences hold figures of one group. */
    private void linkDurations() {
        Map<String, Set<Integer>> sentenceToRoots = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            if (!isDuration(i)) {
                sentenceToRoots.computeIfAbsent(sentenceKey(figures.get(i)), key -> new LinkedHashSet<>())
                        .add(find(i));
            }
        }
        Map<String, Integer> unitAndRootToDuration = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            if (isDuration(i)) {
                for (int root : sentenceToRoots.getOrDefault(sentenceKey(figures.get(i)), Set.of())) {
                    Integer first = unitAndRootToDuration.putIfAbsent(figures.get(i).unit() + "|" + root, i);
                    if (first != null) {
                        union(first, i);
                    }
                }
            }
        }
    }

    private Map<String, List<Integer>> bucket(IntFunction<String> key) {
        Map<String, List<Integer>> keyToFigures = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            String bucket = key.apply(i);
            if (bucket != null) {
                keyToFigures.computeIfAbsent(bucket, k -> new ArrayList<>()).add(i);
            }
        }
        return keyToFigures;
    }

    private Set<String> sources(List<Integer> indices) {
        Set<String> sources = new HashSet<>();
        indices.forEach(i -> sources.add(figures.get(i).source()));
        return sources;
    }

    private boolean isDuration(int i) {
        return figures.get(i).kind() == FigureKind.DURATION;
    }

    private static String sentenceKey(Figure figure) {
        return figure.source() + "#" + figure.sentenceStart();
    }

    private void unionAll(List<Integer> indices) {
        indices.forEach(i -> union(indices.get(0), i));
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        parent[find(a)] = find(b);
    }
}
