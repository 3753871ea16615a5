package dev.docket.figures;

import dev.docket.language.LanguageLexicon;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups figures that measure the same thing. Two figures of the same kind and unit are linked when
 * <ol>
 *   <li>their counted nouns match ({@link NounSimilarity}) and their amounts are within a factor of
 *       {@value #MAX_RATIO}; or
 *   <li>they state the same specific amount (at least {@value #MIN_SPECIFIC}) in different documents or
 *       languages, unless both name clearly different things in the same language: a repeated "$300 million"
 *       is the same claim, whatever language reports it; or
 *   <li>they are alternatives listed side by side: adjacent sentences of one passage, named to different
 *       speakers, within a factor of {@value #ALTERNATIVES_RATIO} ("The maker says over 300. The agency gives over
 *       320."); or
 *   <li>they are durations whose sentences hold figures of one group: the time span of the same thing.
 * </ol>
 * Links are transitive. Dates are not grouped here (see {@link TimelineBuilder}). {@link FigureLinks} applies the
 * rules within buckets, so the cost grows with the figures, not with their pairs.
 */
public final class FigureGrouper {

    static final double MAX_RATIO = 3;
    static final double ALTERNATIVES_RATIO = 1.5;
    static final double MIN_SPECIFIC = 100;

    private final NounSimilarity nouns;

    /** Matches counted nouns with {@code embeddingModel} at the measured default threshold. */
    public FigureGrouper(EmbeddingModel embeddingModel, LanguageLexicon lexicon) {
        this(new NounSimilarity(embeddingModel, lexicon, NounSimilarity.DEFAULT_THRESHOLD));
    }

    FigureGrouper(NounSimilarity nouns) {
        this.nouns = nouns;
    }

    public List<FigureGroup> group(List<Figure> all) {
        List<Figure> figures = all.stream().filter(figure -> figure.kind() != FigureKind.DATE).toList();
        return new FigureLinks(nouns, figures).groups().stream()
                .map(FigureGrouper::toGroup)
                .sorted(Comparator.comparing(FigureGroup::disagreement).reversed()
                        .thenComparing(Comparator.comparingLong(FigureGroup::documentCount).reversed()))
                .toList();
    }

    /** Rule 3: alternatives named to different speakers in adjacent sentences of one passage. */
    static boolean sideBySide(Figure a, Figure b) {
        return a.source().equals(b.source()) && a.passage() == b.passage() && a.sentenceStart() != b.sentenceStart()
                && adjacent(a, b) && a.attribution() != null && b.attribution() != null
                && !a.attribution().equals(b.attribution()) && a.magnitude() >= MIN_SPECIFIC
                && b.magnitude() >= MIN_SPECIFIC && ratio(a, b) <= ALTERNATIVES_RATIO;
    }

    /** Sentences follow each other: nothing but white space between them. */
    private static boolean adjacent(Figure a, Figure b) {
        Figure first = a.sentenceStart() < b.sentenceStart() ? a : b;
        Figure second = first == a ? b : a;
        return second.sentenceStart() - first.sentenceEnd() <= 2;
    }

    private static double ratio(Figure a, Figure b) {
        double small = Math.min(a.magnitude(), b.magnitude());
        double large = Math.max(a.magnitude(), b.magnitude());
        return small <= 0 ? Double.MAX_VALUE : large / small;
    }

    private static FigureGroup toGroup(List<Figure> figures) {
        Map<String, List<Figure>> amountToFigures = new LinkedHashMap<>();
        figures.stream()
                .sorted(Comparator.comparingDouble(Figure::magnitude))
                .forEach(figure -> amountToFigures.computeIfAbsent(figure.statedAmount(), key -> new ArrayList<>())
                        .add(figure));
        List<FigureGroup.GroupValue> values = new ArrayList<>();
        for (List<Figure> same : amountToFigures.values()) {
            Figure first = same.get(0);
            values.add(new FigureGroup.GroupValue(AmountFormat.format(first.kind(), first.unit(),
                    "band".equals(first.qualifier()) ? "band" : null,
                    first.value(), first.lower(), first.upper()), first.value(), first.lower(), first.upper(), same));
        }
        Figure first = figures.get(0);
        return new FigureGroup(first.kind(), first.unit(), label(figures), values.size() > 1, values);
    }

    private static String label(List<Figure> figures) {
        Map<String, String> foldedToNoun = new LinkedHashMap<>();
        figures.stream().map(Figure::noun).filter(Objects::nonNull)
                .forEach(noun -> foldedToNoun.putIfAbsent(noun.toLowerCase(java.util.Locale.ROOT), noun));
        if (!foldedToNoun.isEmpty()) {
            return String.join(" / ", foldedToNoun.values());
        }
        return AmountFormat.kindLabel(figures.get(0).kind(), figures.get(0).unit());
    }
}
