package dev.docket.language;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * One language as {@code language/languages.tsv} describes it.
 *
 * @param code ISO 639-1 code ("en")
 * @param stopWordsFile Lucene's Snowball stop-word list for it, used to detect short texts
 * @param typicalLetters letters that point to it (may be empty)
 * @param analyzerClass the Lucene analyzer of its text field, or null for the standard analyzer
 * @param capitalizesNouns every noun starts with a capital, so capitals don't mark names
 * @param decimalMark '.' or ','
 * @param dictionary a Morfologik word dictionary of it on the classpath, or null: tells its common words from names
 * @param nameTag the start of the part-of-speech tags that mark names in {@code dictionary}
 */
public record Language(
        String code,
        String stopWordsFile,
        String typicalLetters,
        String analyzerClass,
        boolean capitalizesNouns,
        char decimalMark,
        String dictionary,
        String nameTag) {

    /** A new instance of the analyzer for this language's text field. */
    public Analyzer newAnalyzer() {
        if (analyzerClass == null) {
            return new StandardAnalyzer();
        }
        try {
            return (Analyzer) Class.forName(analyzerClass).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("language/languages.tsv: analyzer " + analyzerClass + " of " + code
                    + " can't be created; name a Lucene analyzer with a public no-argument constructor", e);
        }
    }

    /** Whether it has its own analyzer (stemming and stop words), and so its own text field. */
    public boolean hasOwnAnalyzer() {
        return analyzerClass != null;
    }
}
