package dev.docket.retrieval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fuses rankings by summing {@code 1 / (k + rank)} per item (Cormack et al., 2009). */
final class ReciprocalRankFusion {

    private final int k;

    ReciprocalRankFusion(int k) {
        this.k = k;
    }

    /** Item index to fused score, for items in any of the rankings (rank 1 is the list's first item). */
    Map<Integer, Double> fuse(List<List<Integer>> rankings) {
        Map<Integer, Double> itemToScore = new HashMap<>();
        for (List<Integer> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                itemToScore.merge(ranking.get(rank), 1.0 / (k + rank + 1), Double::sum);
            }
        }
        return itemToScore;
    }
}
