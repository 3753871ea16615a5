package dev.docket.retrieval;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /** For each concept ("~airline"), in how many sentences it stands beside each name. */
    private final Map<String, Map<String, Integer>> conceptToNameCounts;

    private NameDescriptions(Map<String, Map<String, Integer>> conceptToNameCounts) {
        this.conceptToNameCounts = conceptToNameCounts;
    }

    /** The descriptions of the names ({@code nameTerms}) of the sentences, each sentence text counted once. */
    static NameDescriptions of(List<IndexedPassage> passages, Set<String> nameTerms) {
        Map<String, Map<String, Integer>> conceptToNameCounts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        passages.stream().flatMap(passage -> passage.sentences().stream())
                .filter(sentence -> seen.add(sentence.sentence().text()))
                .forEach(sentence -> sentence.namePairs().forEach(pair -> {
                    int space = pair.indexOf(' ');
                    String name = pair.substring(0, space);
                    if (nameTerms.contains(name)) {
                        conceptToNameCounts.computeIfAbsent(pair.substring(space + 1), concept -> new HashMap<>())
                                .merge(name, 1, Integer::sum);
                    }
                }));
        conceptToNameCounts.replaceAll((concept, nameToCount) -> Map.copyOf(nameToCount));
        return new NameDescriptions(Map.copyOf(conceptToNameCounts));
    }

    /**
     * The name one of {@code concepts} describes ("~security", "~company" for "the security firm"): of those that
     * stand beside one name in at least {@value #MIN_SENTENCES} sentences and {@value #MIN_LEAD} times as often as
     * beside any other, the one most particular to its name (the largest share of its sentences with names); null
     * when none. "Compagnie aérienne" is the airline the articles call an airline, not the company they call a
     * company.
     */
    String nameDescribedBy(Collection<String> concepts) {
        String best = null;
        double bestShare = 0;
        for (String concept : concepts) {
            Map<String, Integer> nameToCount = conceptToNameCounts.getOrDefault(concept, Map.of());
            List<Map.Entry<String, Integer>> ranked = nameToCount.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
            if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_SENTENCES
                    || (ranked.size() > 1 && ranked.get(0).getValue() < MIN_LEAD * ranked.get(1).getValue())) {
                continue;
            }
            double share = (double) ranked.get(0).getValue()
                    / nameToCount.values().stream().mapToInt(Integer::intValue).sum();
            if (share > bestShare) {
                best = ranked.get(0).getKey();
                bestShare = share;
            }
        }
        return best;
    }
}
