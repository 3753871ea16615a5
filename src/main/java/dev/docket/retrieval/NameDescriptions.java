package dev.docket.retrieval;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the articles call their names: a concept a sentence puts beside a name ("the payments firm Velora", "le
 * transporteur Quillix") describes it. A question may use a description instead of the name ("who runs the payments
 * firm"); it stands for the name the articles describe that way clearly more often than any other.
 */
final class NameDescriptions {

    /** The described name must stand beside the description in at least this many sentences... */
    private static final int MIN_SENTENCES = 2;
    /** ... and this many times as often as the next name. */
    private static final double MIN_LEAD = 1.5;

    /** A concept's name and the share of the concept's sentences with names that put it beside that name. */
    private record Description(String name, double share) {
    }

    /** For each concept ("~airline") that describes one name, that name. */
    private final Map<String, Description> conceptToDescription;

    private NameDescriptions(Map<String, Description> conceptToDescription) {
        this.conceptToDescription = Map.copyOf(conceptToDescription);
    }

    /** The descriptions of the names ({@code nameTerms}) of the sentences, each sentence text counted once. */
    static NameDescriptions of(List<IndexedPassage> passages, Set<String> nameTerms) {
        Map<String, Map<String, Integer>> conceptToNameCounts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        passages.stream().flatMap(passage -> passage.sentences().stream())
                .filter(sentence -> seen.add(sentence.sentence().text()))
                .forEach(sentence -> sentence.forEachNamePair((name, concept) -> {
                    if (nameTerms.contains(name)) {
                        conceptToNameCounts.computeIfAbsent(concept, key -> new HashMap<>()).merge(name, 1, Integer::sum);
                    }
                }));
        Map<String, Description> conceptToDescription = new HashMap<>();
        conceptToNameCounts.forEach((concept, nameToCount) -> {
            List<Map.Entry<String, Integer>> ranked = nameToCount.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
            int best = ranked.get(0).getValue();
            if (best >= MIN_SENTENCES && (ranked.size() == 1 || best >= MIN_LEAD * ranked.get(1).getValue())) {
                int total = nameToCount.values().stream().mapToInt(Integer::intValue).sum();
                conceptToDescription.put(concept, new Description(ranked.get(0).getKey(), (double) best / total));
            }
        });
        return new NameDescriptions(conceptToDescription);
    }

    /** Whether some concept describes {@code name}: a party the articles keep calling by a kind ("the airline"). */
    boolean isDescribed(String name) {
        return conceptToDescription.values().stream().anyMatch(description -> description.name().equals(name));
    }

    /**
     * The name one of {@code concepts} describes ("~security", "~company" for "the security firm"): of those that
     * stand beside one name in at least {@value #MIN_SENTENCES} sentences and {@value #MIN_LEAD} times as often as
     * beside any other, the one most particular to its name (the largest share of its sentences with names); null
     * when none. "Compagnie aérienne" is the airline the articles call an airline, not the company they call a
     * company.
     */
    String nameDescribedBy(Collection<String> concepts) {
        return concepts.stream().map(conceptToDescription::get).filter(Objects::nonNull)
                .max(Comparator.comparingDouble(Description::share)).map(Description::name).orElse(null);
    }
}
