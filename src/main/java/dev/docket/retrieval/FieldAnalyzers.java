package dev.docket.retrieval;

import dev.docket.language.Language;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of each index field: each registered language's Lucene analyzer (stemming and stop words) for
 * {@code text_<language>}, a standard analyzer for other languages, and the language-neutral {@link #SHARED}
 * field (without the stop words of the languages that have their own analyzer). Every field first drops thousands separators, so "6,000", "6.000" and "6 000" are all "6000".
 */
public final class FieldAnalyzers extends AnalyzerWrapper {

    static final String SHARED = "shared";
    static final String OTHER_LANGUAGE = "text_other";
    /** Every word as written, lower case and folded: the vocabulary that spelling corrections come from. */
    static final String WORDS = "words";
    private static final String FIELD_PREFIX = "text_";

    private final Map<String, Analyzer> fieldToAnalyzer;

    private final List<String> textFields;
    private final CharArraySet functionWords;
    private final LanguageLexicon lexicon;
    private final LanguageRegistry languages;
    private final Map<String, Set<String>> termToRelated = new ConcurrentHashMap<>();

    public FieldAnalyzers(LanguageRegistry languages, LanguageLexicon lexicon, int prefixLength) {
        super(Analyzer.PER_FIELD_REUSE_STRATEGY);
        Map<String, Analyzer> analyzers = new LinkedHashMap<>();
        for (Language language : languages.all()) {
            if (language.hasOwnAnalyzer()) {
                analyzers.put(FIELD_PREFIX + language.code(), language.newAnalyzer());
            }
        }
        analyzers.put(OTHER_LANGUAGE, new StandardAnalyzer());
        this.textFields = List.copyOf(analyzers.keySet());
        SharedAnalyzer shared = new SharedAnalyzer(languages, lexicon, prefixLength);
        this.functionWords = shared.stopWords;
        this.lexicon = lexicon;
        this.languages = languages;
        analyzers.put(SHARED, shared);
        analyzers.put(WORDS, new WordAnalyzer());
        this.fieldToAnalyzer = Map.copyOf(analyzers);
    }

    /** Whether every noun of {@code language} starts with a capital, so a capital marks no name there. */
    boolean capitalizesNouns(String language) {
        return language != null && languages.capitalizesNouns(language);
    }

    /** Whether {@code language}'s dictionary lists {@code word} as a common word (false without a dictionary). */
    boolean isCommonWord(String language, String word) {
        return languages.isCommonWord(language, word);
    }

    /** The text field for documents and questions in {@code language}. */
    String textField(String language) {
        String field = FIELD_PREFIX + language;
        return fieldToAnalyzer.containsKey(field) ? field : OTHER_LANGUAGE;
    }

    /** Every language's text field, the standard-analyzed field of other languages last. */
    List<String> textFields() {
        return textFields;
    }

    /**
     * Whether {@code word}, as written, could be part of a person's name: capitalized text that is neither a
     * function word nor a word of the lexicons, nor a weekday ("Der", "Juli", "Dienstag" and "Anwalt" are not).
     */
    boolean couldBeName(String word) {
        String folded = LanguageLexicon.fold(word);
        return !isFunctionWord(folded) && lexicon.canonical(folded) == null && lexicon.concept(folded) == null
                && !lexicon.isWeekday(folded);
    }

    /** Whether a shared term is a concept that names the form of an answer, not its subject ("~total"). */
    boolean namesAnswerForm(String term) {
        return term.startsWith("~") && lexicon.isAnswerForm(term.substring(1));
    }

    /** The language lexicons the analyzers read concepts from. */
    LanguageLexicon lexicon() {
        return lexicon;
    }

    /** {@code text} in {@code language} with its split separable verbs whole ({@link LanguageLexicon#withSeparableVerbsJoined}). */
    String withSeparableVerbsJoined(String language, String text) {
        return lexicon.withSeparableVerbsJoined(language, text);
    }

    /** Whether a shared term is a currency of the lexicon ("usd", "chf"). */
    boolean isCurrency(String term) {
        return "currency".equals(lexicon.kindOf(term));
    }

    /**
     * Whether a shared term asks for an amount of money in a "how much" question: a currency, or a concept of
     * {@code language/money-concepts.tsv} ("~cost", "~lose", "~fine").
     */
    boolean namesMoney(String term) {
        return isCurrency(term) || (term.startsWith("~") && lexicon.isMoneyConcept(term.substring(1)));
    }

    /**
     * Whether a word of {@code text} is a form of a money concept, including the words a question's kind phrase
     * takes out of its terms ("quel montant", "welchen Betrag": an amount is a sum of money).
     */
    boolean mentionsMoney(String text) {
        return words(text).stream().map(lexicon::concept)
                .anyMatch(concept -> concept != null && lexicon.isMoneyConcept(concept));
    }

    /** Whether a shared term is a unit of measure of the lexicon ("day", "percent"). */
    boolean isUnit(String term) {
        return "unit".equals(lexicon.kindOf(term));
    }

    /**
     * Whether a shared term is a concept that alone never makes a question unanswerable: one some question word is a
     * form of ("~say"), or a general verb ("~see"); neither names a subject of its own.
     */
    boolean namesNoSubject(String term) {
        return term.startsWith("~")
                && (lexicon.isQuestionConcept(term.substring(1)) || lexicon.isLightConcept(term.substring(1)));
    }

    /**
     * Whether a shared term says what a question is about: neither a concept that names no subject ({@link
     * #namesNoSubject}) nor a judgement ("~good": {@code language/judgement-concepts.tsv}).
     */
    boolean namesSubject(String term) {
        return !namesNoSubject(term) && !(term.startsWith("~") && lexicon.isJudgementConcept(term.substring(1)));
    }

    /**
     * The concepts of a concept term's families as shared terms ("~boss" gives "~ceo", "~head", ...); else empty.
     * Built once per concept: the lexicon is fixed, so the cache is bounded by its size.
     */
    Set<String> relatedTerms(String term) {
        if (!term.startsWith("~")) {
            return Set.of();
        }
        return termToRelated.computeIfAbsent(term, concept -> lexicon.related(concept.substring(1)).stream()
                .map(related -> "~" + related).collect(Collectors.toUnmodifiableSet()));
    }

    /** Whether {@code candidate} is {@code term} or, for a concept, one of its family. */
    boolean isOrRelated(String candidate, String term) {
        return candidate.equals(term) || relatedTerms(term).contains(candidate);
    }

    /** Whether {@code terms} hold {@code term} or, for a concept, one of its family. */
    boolean holdsOrRelated(Set<String> terms, String term) {
        return terms.contains(term) || relatedTerms(term).stream().anyMatch(terms::contains);
    }

    /** The first concept of {@code terms} that names what is asked about, not the form of the answer, or null. */
    String firstSubjectConcept(Set<String> terms) {
        return terms.stream().filter(term -> term.startsWith("~") && !namesAnswerForm(term)).findFirst().orElse(null);
    }

    /**
     * The shared term of the concept that says what a person is or does that {@code word}, as written, is a form of
     * ("Anwältin": "~lawyer"), or null for none.
     */
    String personRoleOf(String word) {
        String concept = lexicon.concept(LanguageLexicon.fold(word));
        return concept != null && lexicon.isPersonRole(concept) ? "~" + concept : null;
    }

    /** Whether a shared term is a concept that names a kind of organisation ("~airline"). */
    boolean namesOrganisationKind(String term) {
        return term.startsWith("~") && lexicon.isOrganisationKind(term.substring(1));
    }

    /** Whether a shared term is a concept that says what a person is or does ("~lawyer"). */
    boolean namesPersonRole(String term) {
        return term.startsWith("~") && lexicon.isPersonRole(term.substring(1));
    }

    /** Whether {@code word} (lower case, folded) is a stop word of a language with its own analyzer. */
    boolean isFunctionWord(String word) {
        return functionWords.contains(word);
    }

    /** The words of {@code text} as the {@link #WORDS} field holds them. */
    Set<String> words(String text) {
        return new LinkedHashSet<>(wordSequence(text));
    }

    /** The words of {@code text} as the {@link #WORDS} field holds them, in order, repeats kept. */
    List<String> wordSequence(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = tokenStream(WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of in-memory text failed", e);
        }
        return words;
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

    /** Standard tokens, lower-cased and folded, French elisions and English possessives removed. */
    private static final class WordAnalyzer extends Analyzer {

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(tokenizer);
            stream = new ElisionFilter(stream, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new EnglishPossessiveFilter(stream);
            return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(stream));
        }
    }

    /** Standard tokens, lower-cased, folded, without the stop words of any of the three languages. */
    private static final class SharedAnalyzer extends Analyzer {

        private final LanguageLexicon lexicon;
        private final int prefixLength;
        private final CharArraySet stopWords;

        SharedAnalyzer(LanguageRegistry languages, LanguageLexicon lexicon, int prefixLength) {
            this.lexicon = lexicon;
            this.prefixLength = prefixLength;
            this.stopWords = new CharArraySet(1000, true);
            for (Language language : languages.all()) {
                if (language.hasOwnAnalyzer()) {
                    stopWords.addAll(languages.functionWords(language));
                }
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
