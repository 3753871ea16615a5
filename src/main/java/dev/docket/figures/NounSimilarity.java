package dev.docket.figures;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.docket.language.LanguageLexicon;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides whether two counted nouns name the same thing: a shared word stem ("deliveries", "delivery
 * delays"), a shared concept of the language-neutral concept lexicon ({@code language/concepts.tsv}), or
 * embedding vectors at least {@code threshold} apart in cosine. Vectors are kept per noun for the process's life
 * (nouns are few).
 *
 * <p>Threshold measured with the in-process all-MiniLM-L6-v2 model on a labelled set of nouns that are not from
 * any knowledge file ({@code NounSimilarityThresholdTest}). English nouns naming the same thing: 0.57 (trucks /
 * lorries), 0.69 (clients / clientèle), 0.70 (customers / clients), 0.72 (employees / staff members) up to 0.89
 * (homes / houses). Different things: at most 0.50 (drivers / trucks), 0.58 (nurses / patients) in English and
 * 0.63 in French (médecins / patients). German and French synonyms score like noise (Autos / Fahrzeuge 0.21,
 * voitures / véhicules 0.31), so the model alone cannot match them; the concept lexicon and shared stems do, and
 * {@link FigureGrouper} links equal values across languages. 0.65 lies above every pair of different things and
 * below all English synonyms but one; a false match mixes two measures in one group, which is worse than a
 * missed one.
 */
final class NounSimilarity {

    /** See the class comment for the measurement behind it. */
    static final double DEFAULT_THRESHOLD = 0.65;
    private static final int MIN_STEM = 5;
    /** Noun pairs whose answer is kept; grouping compares every pair of figures, but the nouns repeat. */
    private static final int MAX_REMEMBERED_PAIRS = 1_000_000;
    /** Noun and topic vectors kept: bounded, because /figures topics come from users. */
    private static final int MAX_REMEMBERED_NOUNS = 50_000;

    private final EmbeddingModel model;
    private final LanguageLexicon lexicon;
    private final double threshold;
    private final Map<String, float[]> nounToVector = new ConcurrentHashMap<>();
    private final Map<String, Boolean> pairToSame = new ConcurrentHashMap<>();

    NounSimilarity(EmbeddingModel model, LanguageLexicon lexicon, double threshold) {
        this.model = model;
        this.lexicon = lexicon;
        this.threshold = threshold;
    }

    boolean same(String a, String b) {
        String pair = a + '\u0000' + b;
        Boolean remembered = pairToSame.get(pair);
        if (remembered != null) {
            return remembered;
        }
        boolean same = compare(a, b);
        if (pairToSame.size() < MAX_REMEMBERED_PAIRS) {
            pairToSame.put(pair, same);
        }
        return same;
    }

    private boolean compare(String a, String b) {
        String foldedA = LanguageLexicon.fold(a);
        String foldedB = LanguageLexicon.fold(b);
        if (foldedA.equals(foldedB) || sharesStemOrConcept(foldedA, foldedB)) {
            return true;
        }
        return !namesOtherConcepts(foldedA, foldedB) && cosine(a, b) >= threshold;
    }

    /** The cosine similarity of the two texts' embeddings. */
    double cosine(String a, String b) {
        return CosineSimilarity.between(Embedding.from(vector(a)), Embedding.from(vector(b)));
    }

    private boolean sharesStemOrConcept(String a, String b) {
        for (String wordA : words(a)) {
            for (String wordB : words(b)) {
                String concept = lexicon.concept(wordA);
                if (concept != null && concept.equals(lexicon.concept(wordB)) || sameStem(wordA, wordB)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Both nouns have words of the concept lexicon, and none in common: "drivers" and "trucks" differ. */
    private boolean namesOtherConcepts(String a, String b) {
        boolean conceptA = words(a).stream().anyMatch(word -> lexicon.concept(word) != null);
        boolean conceptB = words(b).stream().anyMatch(word -> lexicon.concept(word) != null);
        return conceptA && conceptB;
    }

    private static boolean sameStem(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return common >= MIN_STEM && common >= 0.75 * Math.min(a.length(), b.length());
    }

    private static List<String> words(String folded) {
        return List.of(folded.split("[^\\p{L}\\p{N}]+"));
    }

    /** Nouns of the knowledge repeat and are kept; past the bound (user topics) vectors are computed, not kept. */
    private float[] vector(String text) {
        float[] vector = nounToVector.get(text);
        if (vector == null) {
            vector = model.embed(text).content().vector();
            if (nounToVector.size() < MAX_REMEMBERED_NOUNS) {
                nounToVector.put(text, vector);
            }
        }
        return vector;
    }
}
