package dev.docket.retrieval;

import dev.docket.knowledge.LanguageLexicon;
import dev.docket.knowledge.SnowballStopWords;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of each index field: Lucene's English, German and French analyzers (stemming and stop words) for
 * {@code text_<language>}, a standard analyzer for other languages, and the language-neutral {@link #SHARED}
 * field. Every field first drops thousands separators, so "6,000", "6.000" and "6 000" are all "6000".
 */
public final class FieldAnalyzers extends AnalyzerWrapper {

    static final String SHARED = "shared";
    static final String OTHER_LANGUAGE = "text_other";

    private final Map<String, Analyzer> fieldToAnalyzer;

    public FieldAnalyzers(LanguageLexicon lexicon, int prefixLength) {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
        this.fieldToAnalyzer = Map.of(
                "text_en", new EnglishAnalyzer(),
                "text_de", new GermanAnalyzer(),
                "text_fr", new FrenchAnalyzer(),
                OTHER_LANGUAGE, new StandardAnalyzer(),
                SHARED, new SharedAnalyzer(lexicon, prefixLength));
    }

    /** The text field for documents and questions in {@code language}. */
    static String textField(String language) {
        return switch (language) {
            case "en", "de", "fr" -> "text_" + language;
            default -> OTHER_LANGUAGE;
        };
    }

    static List<String> textFields() {
        return List.of("text_en", "text_de", "text_fr", OTHER_LANGUAGE);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        Analyzer analyzer = fieldToAnalyzer.get(fieldName);
        if (analyzer == null) {
            throw new IllegalArgumentException("no analyzer for field " + fieldName);
        }
        return analyzer;
    }

    @Override
    protected Reader wrapReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(LanguageLexicon.THOUSANDS_SEPARATOR, "", reader);
    }

    /** Standard tokens, lower-cased, folded, without the stop words of any of the three languages. */
    private static final class SharedAnalyzer extends Analyzer {

        private final LanguageLexicon lexicon;
        private final int prefixLength;
        private final CharArraySet stopWords;

        SharedAnalyzer(LanguageLexicon lexicon, int prefixLength) {
            this.lexicon = lexicon;
            this.prefixLength = prefixLength;
            this.stopWords = new CharArraySet(1000, true);
            for (String file : new String[] {"english_stop.txt", "german_stop.txt", "french_stop.txt"}) {
                stopWords.addAll(SnowballStopWords.load(file));
            }
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new EnglishPossessiveFilter(stream);
            stream = new StopFilter(stream, stopWords);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, stopWords);
            return new TokenStreamComponents(tokenizer, new SharedTermFilter(stream, lexicon, prefixLength));
        }

    }
}
