package dev.docket.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What a bench run measures.
 *
 * @param sizes knowledge sizes as multiples of the shipped articles (1 = the articles alone)
 * @param questions timed questions per size and path (cycling through the evaluation set)
 * @param work folder for corpora, databases and caches; kept between runs so embeddings are computed once
 * @param embedFiles at most this many files of a size are ingested into an empty database to time embedding
 * @param jar the Docket jar to launch for the cold starts, or null to skip them
 * @param coldRuns timed cold starts of each kind
 */
public record BenchOptions(
        List<Integer> sizes, int questions, long seed, Path work, Path evaluationSet, int embedFiles, Path jar,
        int coldRuns, String childHeap) {

    public BenchOptions {
        sizes = List.copyOf(sizes);
        if (sizes.isEmpty() || sizes.stream().anyMatch(size -> size < 1)) {
            throw new IllegalArgumentException("--sizes: give one or more multiples of 1 or more, e.g. 1,100,1000");
        }
        if (questions < 1) {
            throw new IllegalArgumentException("--questions: must be 1 or more, was " + questions);
        }
        if (embedFiles < 1) {
            throw new IllegalArgumentException("--embed-files: must be 1 or more, was " + embedFiles);
        }
    }
}
