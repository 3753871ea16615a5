package dev.docket.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.language.LanguageLexicon;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grouping on the shipped articles and on an article written for this test, added at run time by a reload. */
final class FigureGroupingTest {

    private static final String ADDED = """
            ---
            title: "Crews and the long recovery"
            language: en
            date: 2024-10-02
            ---
            About 2,300 pilots were stranded away from their bases during the recovery, the union said.

            The crews then worked for 12 days without a normal schedule.

            A congressional panel will hold its first session on November 14. The airline expects hundreds of \
            millions of dollars in claims.
            """;

    @TempDir
    Path folder;

    @Test
    void should_form_the_same_groups_as_comparing_every_pair_when_grouping_the_shipped_articles() throws Exception {
        try (Application application = TestApplications.open(TestApplications.copyOfShippedKnowledge(folder),
                folder.resolve("data"))) {
            application.reloader().reload();
            List<Figure> figures = application.figures().all();
            NounSimilarity nouns = new NounSimilarity(new AllMiniLmL6V2QuantizedEmbeddingModel(),
                    LanguageLexicon.load(), NounSimilarity.DEFAULT_THRESHOLD);

            List<FigureGroup> groups = new FigureGrouper(nouns).group(figures);

            assertEquals(everyPair(figures, nouns), partition(groups.stream().map(FigureGroup::figures).toList()));
        }
    }

    @Test
    void should_keep_existing_groups_and_new_kinds_apart_when_an_article_is_added_by_reload() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        try (Application application = TestApplications.open(knowledge, folder.resolve("data"))) {
            application.reloader().reload();
            Set<Set<String>> before = partition(application.figures().figures(null).groups().stream()
                    .map(FigureGroup::figures).toList());
            Files.writeString(knowledge.resolve("en-test-added-crews.md"), ADDED, StandardCharsets.UTF_8);

            application.reloader().reload();

            List<FigureGroup> groups = application.figures().figures(null).groups();
            Set<Set<String>> after = partition(groups.stream().map(FigureGroup::figures).toList());
            for (Set<String> group : before) {
                assertEquals(1, after.stream().filter(bigger -> !java.util.Collections.disjoint(bigger, group))
                        .filter(bigger -> bigger.containsAll(group)).count(), "split or merged: " + group);
            }
            assertEquals(before.size() + countNewOnly(after, before), after.size(), "old groups merged");
            FigureGroup pilots = groupWith(groups, "pilots");
            assertTrue(pilots.figures().stream().allMatch(figure -> figure.source().endsWith("crews.md")),
                    pilots.toString());
            FigureGroup days = groupWith(groups, "12 days");
            assertTrue(days.figures().stream().allMatch(figure -> figure.kind() == FigureKind.DURATION));
            TimelineEvent session = application.figures().timeline().events().stream()
                    .filter(event -> event.mentions().stream().anyMatch(m -> m.text().equals("November 14")))
                    .findFirst().orElseThrow();
            assertEquals("2024-11-14", session.date());
            for (String topic : List.of("money", "Geld", "argent")) {
                List<FigureGroup> money = application.figures().figures(topic).groups();
                assertFalse(money.isEmpty(), topic);
                assertTrue(money.stream().allMatch(group -> group.kind() == FigureKind.MONEY
                        || LanguageLexicon.fold(group.label()).contains(LanguageLexicon.fold(topic))), topic);
            }
        }
    }

    private static long countNewOnly(Set<Set<String>> after, Set<Set<String>> before) {
        Set<String> old = before.stream().flatMap(Set::stream).collect(Collectors.toSet());
        return after.stream().filter(group -> java.util.Collections.disjoint(group, old)).count();
    }

    private static FigureGroup groupWith(List<FigureGroup> groups, String text) {
        return groups.stream()
                .filter(group -> group.figures().stream().anyMatch(figure -> figure.sentence().contains(text)
                        && figure.source().endsWith("crews.md") && (figure.text().contains(text)
                                || Objects.equals(figure.noun(), text))))
                .findFirst().orElseThrow(() -> new AssertionError("no group holds '" + text + "': " + groups));
    }

    /** The groups as sets of figure keys (source and offset). */
    private static Set<Set<String>> partition(List<List<Figure>> groups) {
        Set<Set<String>> partition = new HashSet<>();
        for (List<Figure> group : groups) {
            partition.add(group.stream().map(figure -> figure.source() + "@" + figure.start())
                    .collect(Collectors.toSet()));
        }
        return partition;
    }

    /** The groups {@link FigureGrouper}'s Javadoc describes, found the slow way: every pair of figures. */
    private static Set<Set<String>> everyPair(List<Figure> all, NounSimilarity nouns) {
        List<Figure> figures = all.stream().filter(figure -> figure.kind() != FigureKind.DATE).toList();
        int[] parent = new int[figures.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                if (linked(figures.get(i), figures.get(j), nouns)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<String, Set<Integer>> sentenceToRoots = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).kind() != FigureKind.DURATION) {
                sentenceToRoots.computeIfAbsent(sentence(figures.get(i)), key -> new LinkedHashSet<>())
                        .add(root(parent, i));
            }
        }
        Map<String, Set<Integer>> frozen = new HashMap<>(sentenceToRoots);
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                Figure a = figures.get(i);
                Figure b = figures.get(j);
                Set<Integer> shared = new HashSet<>(frozen.getOrDefault(sentence(a), Set.of()));
                shared.retainAll(frozen.getOrDefault(sentence(b), Set.of()));
                if (a.kind() == FigureKind.DURATION && b.kind() == FigureKind.DURATION
                        && Objects.equals(a.unit(), b.unit()) && !shared.isEmpty()) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        Map<Integer, List<Figure>> rootToFigures = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            rootToFigures.computeIfAbsent(root(parent, i), root -> new ArrayList<>()).add(figures.get(i));
        }
        return partition(List.copyOf(rootToFigures.values()));
    }

    private static boolean linked(Figure a, Figure b, NounSimilarity nouns) {
        if (a.kind() != b.kind() || !Objects.equals(a.unit(), b.unit()) || a.kind() == FigureKind.DURATION) {
            return false;
        }
        boolean bothNamed = a.noun() != null && b.noun() != null;
        boolean sameNoun = bothNamed && nouns.same(a.noun(), b.noun());
        double small = Math.min(a.magnitude(), b.magnitude());
        double ratio = small <= 0 ? Double.MAX_VALUE : Math.max(a.magnitude(), b.magnitude()) / small;
        if (sameNoun && ratio <= FigureGrouper.MAX_RATIO) {
            return true;
        }
        boolean apart = !a.source().equals(b.source()) || !a.language().equals(b.language());
        boolean contradicting = bothNamed && !sameNoun && a.language().equals(b.language());
        if (a.statedAmount().equals(b.statedAmount()) && a.magnitude() >= FigureGrouper.MIN_SPECIFIC && apart
                && !contradicting) {
            return true;
        }
        return FigureGrouper.sideBySide(a, b);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    private static String sentence(Figure figure) {
        return figure.source() + "#" + figure.sentenceStart();
    }
}
