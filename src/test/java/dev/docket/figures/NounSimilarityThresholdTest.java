package dev.docket.figures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.language.LanguageLexicon;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The noun-match threshold measured on a small labelled set of counted nouns that are not from the shipped
 * articles: pairs that name the same thing and pairs that do not, within one language (across languages the
 * grouper links by value, see {@link NounSimilarity}). The set and the cosines are in NounSimilarity's Javadoc.
 */
final class NounSimilarityThresholdTest {

    /** The first pairs: English nouns that name the same thing. */
    private static final int ENGLISH_SAME = 9;

    /** Same thing: true; different things: false. English, German and French, one language per pair. */
    private static final Object[][] PAIRS = {
        {"cars", "vehicles", true}, {"employees", "staff members", true}, {"shipments", "deliveries", true},
        {"customers", "clients", true}, {"laptops", "notebook computers", true}, {"homes", "houses", true},
        {"orders", "purchase orders", true}, {"trucks", "lorries", true}, {"physicians", "doctors", true},
        {"Mitarbeiter", "Beschäftigte", true}, {"Autos", "Fahrzeuge", true}, {"Kunden", "Kundinnen und Kunden", true},
        {"voitures", "véhicules", true}, {"salariés", "employés", true}, {"clients", "clientèle", true},
        {"drivers", "trucks", false}, {"nurses", "patients", false}, {"teachers", "classes", false},
        {"workers", "shifts", false}, {"orders", "complaints", false}, {"stores", "customers", false},
        {"tickets", "refunds", false}, {"servers", "users", false}, {"bottles", "factories", false},
        {"Fahrer", "Lastwagen", false}, {"Lehrer", "Schüler", false}, {"Filialen", "Kunden", false},
        {"médecins", "patients", false}, {"usines", "ouvriers", false}, {"magasins", "clients", false},
    };

    @Test
    void should_never_match_different_things_and_match_most_english_synonyms_at_the_default_threshold() {
        NounSimilarity similarity = new NounSimilarity(new AllMiniLmL6V2QuantizedEmbeddingModel(),
                LanguageLexicon.load(), NounSimilarity.DEFAULT_THRESHOLD);
        List<String> merged = new ArrayList<>();
        int englishSame = 0;
        int englishMatched = 0;
        for (int i = 0; i < PAIRS.length; i++) {
            double cosine = similarity.cosine((String) PAIRS[i][0], (String) PAIRS[i][1]);
            boolean same = (Boolean) PAIRS[i][2];
            if (!same && cosine >= NounSimilarity.DEFAULT_THRESHOLD) {
                merged.add(PAIRS[i][0] + " / " + PAIRS[i][1]);
            }
            if (same && i < ENGLISH_SAME) {
                englishSame++;
                englishMatched += cosine >= NounSimilarity.DEFAULT_THRESHOLD ? 1 : 0;
            }
        }

        assertTrue(merged.isEmpty(), "different things matched: " + merged);
        assertTrue(englishMatched >= 0.8 * englishSame, englishMatched + " of " + englishSame);
    }
}
