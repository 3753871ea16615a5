package dev.docket.retrieval;

import dev.docket.knowledge.Sentence;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Analyses sentences for one index build, once per distinct text: a sentence repeated across documents shares its
 * analysis, and every term string is held once in the whole index. Large knowledge repeats many sentences and most
 * terms, so this keeps the heap small and the build fast. Vectors are held compact ({@link CompactVector}), one
 * per distinct text.
 */
final class SharedAnalyses {

    private final SentenceFeatures features;
    private final Map<String, IndexedSentence> textToAnalysis = new HashMap<>();
    private final Map<String, String> terms = new HashMap<>();
    private final Map<float[], CompactVector> vectors = new IdentityHashMap<>();

    SharedAnalyses(SentenceFeatures features) {
        this.features = features;
    }

    /**
     * {@code sentence} of a document in {@code language} analysed, sharing the term set of an earlier sentence with
     * the same text in the same language.
     *
     * @param glossFloats the embedding of its English gloss, or null
     */
    IndexedSentence analyse(Sentence sentence, String language, float[] floats, float[] glossFloats) {
        CompactVector vector = compact(floats);
        CompactVector gloss = glossFloats == null ? null : compact(glossFloats);
        IndexedSentence analysis = textToAnalysis.computeIfAbsent(language + "\n" + sentence.text(), text -> {
            IndexedSentence fresh = features.analyse(sentence, language, vector, gloss);
            Set<String> canonical = new LinkedHashSet<>();
            fresh.sharedTerms().forEach(term -> canonical.add(terms.computeIfAbsent(term, same -> same)));
            return new IndexedSentence(fresh.sentence(), Set.copyOf(canonical), fresh.hasNumber(), fresh.statesMoney(),
                    fresh.hasDate(),
                    shared(fresh.personRoles()), shared(fresh.countedTerms()), shared(fresh.durations()),
                    shared(fresh.dates()),
                    shared(fresh.datedTerms()), shared(fresh.nameTerms()),
                    shared(fresh.namePairs()), vector, gloss);
        });
        return new IndexedSentence(sentence, analysis.sharedTerms(), analysis.hasNumber(), analysis.statesMoney(),
                analysis.hasDate(),
                analysis.personRoles(), analysis.countedTerms(), analysis.durations(),
                analysis.dates(), analysis.datedTerms(),
                analysis.nameTerms(),
                analysis.namePairs(), vector,
                gloss);
    }

    /** {@code some} with every term the build's one instance. */
    private Set<String> shared(Set<String> some) {
        Set<String> one = new LinkedHashSet<>();
        some.forEach(term -> one.add(term(term)));
        return Set.copyOf(one);
    }

    /** The compact form of {@code vector}, one per vector instance (the embedder gives equal texts one instance). */
    CompactVector compact(float[] vector) {
        return vectors.computeIfAbsent(vector, CompactVector::of);
    }

    /** The one instance of {@code term} in this build. */
    String term(String term) {
        return terms.computeIfAbsent(term, same -> same);
    }
}
