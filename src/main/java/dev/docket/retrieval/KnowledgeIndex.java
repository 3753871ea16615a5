package dev.docket.retrieval;

import dev.docket.knowledge.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;

/**
 * An immutable snapshot of the knowledge as searched: documents, passages with vectors, the Lucene index over
 * them, and sentence frequencies of shared terms. A reload builds a new snapshot and swaps it in whole
 * ({@link KnowledgeBase}), so a question always sees one consistent version.
 */
public final class KnowledgeIndex {

    static final String PASSAGE_ID = "pid";
    static final String VECTOR = "vector";
    /** The English gloss of a German or French passage, for English questions ({@link EnglishGloss}). */
    static final String GLOSS_VECTOR = "glossVector";
    /**
     * Each sentence's own vector, in a Lucene document of its own that holds only its passage id and its vectors: a
     * passage's embedding blends all its sentences, and the one that answers may be one of many.
     */
    static final String SENTENCE_VECTOR = "sentenceVector";
    /** The English gloss of a German or French sentence ({@link EnglishGloss}), beside {@link #SENTENCE_VECTOR}. */
    static final String SENTENCE_GLOSS_VECTOR = "sentenceGlossVector";
    /**
     * What kinds of facts a passage's sentences state that a question may ask for: {@link #CLOCK_TIME}, {@link
     * #MONEY}.
     */
    static final String STATES = "states";
    /** A time of day ({@code language/clock-times.tsv}). */
    static final String CLOCK_TIME = "clock-time";
    /** A sum in a currency ({@link IndexedSentence#statesMoney()}). */
    static final String MONEY = "money";
    /** What a passage's sentences count ({@link IndexedSentence#countedTerms()}), what a "how many" question asks. */
    static final String COUNTS = "counts";
    /** The language of a passage's document, to find the best passages of each language. */
    static final String LANGUAGE = "language";
    private static final int STEM_LENGTH = 5;

    private final List<SourceDocument> documents;
    private final List<String> languages;
    private final Map<String, SourceDocument> sourceToDocument;
    private final List<IndexedPassage> passages;
    private final IndexSearcher searcher;
    private final Map<String, Integer> sharedTermToSentenceCount;
    private final int sentenceCount;
    private final Map<String, Set<String>> languageToWords;
    private final Map<String, Set<String>> languageToStems;
    private final Set<String> countedTerms;
    private final List<String> countedConcepts;
    private final Set<String> nameTerms;
    private final NameDescriptions nameDescriptions;
    /** Each "name ~concept" pair of the sentences ({@link IndexedSentence#namePairs()}), with the passages using it. */
    private final Map<String, List<Integer>> namePairToPassages;
    /** The day most documents state ({@link #mostStatedDate()}), or null. */
    private final String mostStatedDate;
    /** The span of time most documents measure ({@link #mostStatedDuration()}), or null. */
    private final String mostStatedDuration;
    /** The units of time the sentences measure spans in ("hour" for "6 hour"; {@link IndexedSentence#durations()}). */
    private final Set<String> durationUnits;
    /** The passages measuring it ({@link #passagesMeasuringMostStatedDuration()}), in document order. */
    private final List<Integer> passagesMeasuringMostStatedDuration;

    KnowledgeIndex(
            List<SourceDocument> documents,
            List<IndexedPassage> passages,
            IndexSearcher searcher,
            Map<String, Integer> sharedTermToSentenceCount,
            int sentenceCount,
            Map<String, Set<String>> languageToWords) {
        this.documents = List.copyOf(documents);
        this.languages = documents.stream().map(SourceDocument::language).distinct().toList();
        this.sourceToDocument = documents.stream()
                .collect(Collectors.toUnmodifiableMap(SourceDocument::source, Function.identity()));
        this.passages = List.copyOf(passages);
        this.searcher = searcher;
        this.sharedTermToSentenceCount = Map.copyOf(sharedTermToSentenceCount);
        this.sentenceCount = sentenceCount;
        this.languageToWords = Map.copyOf(languageToWords);
        Map<String, Set<String>> stems = new HashMap<>();
        languageToWords.forEach((language, words) -> stems.put(language, words.stream()
                .filter(word -> word.length() >= STEM_LENGTH).map(KnowledgeIndex::stem)
                .collect(Collectors.toUnmodifiableSet())));
        this.languageToStems = Map.copyOf(stems);
        this.countedTerms = passages.stream().flatMap(passage -> passage.sentences().stream())
                .flatMap(sentence -> sentence.countedTerms().stream()).collect(Collectors.toUnmodifiableSet());
        this.countedConcepts = countedTerms.stream().filter(term -> term.startsWith("~")).toList();
        this.nameTerms = passages.stream().flatMap(passage -> passage.sentences().stream())
                .flatMap(sentence -> sentence.nameTerms().stream()).collect(Collectors.toUnmodifiableSet());
        this.nameDescriptions = NameDescriptions.of(passages, nameTerms);
        Map<String, List<Integer>> pairToPassages = new HashMap<>();
        for (int id = 0; id < passages.size(); id++) {
            int passageId = id;
            passages.get(id).sentences().forEach(sentence -> sentence.namePairs().forEach(pair -> {
                List<Integer> ids = pairToPassages.computeIfAbsent(pair, key -> new ArrayList<>());
                if (ids.isEmpty() || ids.get(ids.size() - 1) != passageId) {
                    ids.add(passageId);
                }
            }));
        }
        pairToPassages.replaceAll((pair, ids) -> List.copyOf(ids));
        this.namePairToPassages = Map.copyOf(pairToPassages);
        this.mostStatedDate = mostStated(passages, IndexedSentence::dates);
        this.mostStatedDuration = mostStated(passages, IndexedSentence::durations);
        this.durationUnits = passages.stream().flatMap(passage -> passage.sentences().stream())
                .flatMap(sentence -> sentence.durations().stream())
                .map(duration -> duration.substring(duration.indexOf(' ') + 1))
                .collect(Collectors.toUnmodifiableSet());
        this.passagesMeasuringMostStatedDuration = mostStatedDuration == null ? List.of()
                : IntStream.range(0, passages.size()).filter(id -> passages.get(id).sentences().stream()
                        .anyMatch(sentence -> sentence.durations().contains(mostStatedDuration)))
                        .boxed().toList();
    }

    /**
     * The day the most documents state ({@link IndexedSentence#dates()}), more sentences breaking a tie, or null when
     * none states a day: the day of the event the case file is about, which a question that names nothing but the
     * time asks for ("when did it happen").
     */
    String mostStatedDate() {
        return mostStatedDate;
    }

    /**
     * The span of time the most documents measure ({@link IndexedSentence#durations()}: "6 hour"), more sentences
     * breaking a tie, or null when none measures one: how long the event the case file is about lasted, which a
     * question that names nothing but the time asks for ("how long did it last").
     */
    String mostStatedDuration() {
        return mostStatedDuration;
    }

    /**
     * The passages (ids of {@link #passages()}, in document order) with a sentence measuring {@link
     * #mostStatedDuration()}; empty when none is.
     */
    List<Integer> passagesMeasuringMostStatedDuration() {
        return passagesMeasuringMostStatedDuration;
    }

    /** Of the values {@code stated} gives the sentences, the one the most documents state, then the most sentences. */
    private static String mostStated(List<IndexedPassage> passages, Function<IndexedSentence, Set<String>> stated) {
        Map<String, Set<String>> valueToSources = new HashMap<>();
        Map<String, Integer> valueToSentences = new HashMap<>();
        for (IndexedPassage passage : passages) {
            for (IndexedSentence sentence : passage.sentences()) {
                for (String value : stated.apply(sentence)) {
                    valueToSources.computeIfAbsent(value, key -> new HashSet<>()).add(passage.document().source());
                    valueToSentences.merge(value, 1, Integer::sum);
                }
            }
        }
        return valueToSources.keySet().stream()
                .max(Comparator.<String>comparingInt(value -> valueToSources.get(value).size())
                        .thenComparingInt(valueToSentences::get).thenComparing(Comparator.reverseOrder()))
                .orElse(null);
    }

    /**
     * The passages (ids of {@link #passages()}, in document order) with a sentence whose "name ~concept" pair passes
     * {@code test} (name, concept): where the articles give a name a role ("Velora's lawyer").
     */
    List<Integer> passagesPairing(BiPredicate<String, String> test) {
        Set<Integer> ids = new TreeSet<>();
        namePairToPassages.forEach((pair, passageIds) -> {
            if (IndexedSentence.pairPasses(pair, test)) {
                ids.addAll(passageIds);
            }
        });
        return List.copyOf(ids);
    }

    /** Whether some sentence writes {@code sharedTerm} as (part of) a name ({@link IndexedSentence#nameTerms()}). */
    boolean isNameTerm(String sharedTerm) {
        return nameTerms.contains(sharedTerm);
    }

    /**
     * The name the articles describe with {@code concepts} ("~airline" for the one carrier they keep calling the
     * airline), or null ({@link NameDescriptions}).
     */
    String nameDescribedBy(Collection<String> concepts) {
        return nameDescriptions.nameDescribedBy(concepts);
    }

    /**
     * Whether some sentence measures a span of time in {@code unit} ("day" for "twelve days", "zwölf Tagen"): the
     * articles speak of days, though a number's unit is kept as a duration, not as a term.
     */
    boolean measuresTimeIn(String unit) {
        return durationUnits.contains(unit);
    }

    /** Whether the articles describe {@code nameTerm} by a kind ({@link NameDescriptions#isDescribed}). */
    boolean isDescribedName(String nameTerm) {
        return nameDescriptions.isDescribed(nameTerm);
    }

    /** The terms some sentence counts ({@link IndexedSentence#countedTerms()}): what the knowledge gives numbers of. */
    Set<String> countedTerms() {
        return countedTerms;
    }

    /** The concepts among {@link #countedTerms()} ("~bus"). */
    List<String> countedConcepts() {
        return countedConcepts;
    }

    /** A word's first {@value #STEM_LENGTH} letters: "fordert" and "fordern" share "forde". */
    private static String stem(String word) {
        return word.substring(0, STEM_LENGTH);
    }

    /**
     * How many of {@code words} (lower case, folded) the documents of each language use, as they are or with the
     * same first {@value #STEM_LENGTH} letters ("fordert" where they write "fordern"), for the languages that use
     * any: tells the language of a question too short for its function words to decide.
     */
    public Map<String, Integer> languagesUsing(Set<String> words) {
        Map<String, Integer> languageToCount = new HashMap<>();
        languageToWords.forEach((language, vocabulary) -> {
            Set<String> stems = languageToStems.getOrDefault(language, Set.of());
            long count = words.stream().filter(word -> vocabulary.contains(word)
                    || (word.length() >= STEM_LENGTH && stems.contains(stem(word)))).count();
            if (count > 0) {
                languageToCount.put(language, (int) count);
            }
        });
        return languageToCount;
    }

    /**
     * Whether {@code word} (lower case, folded) is a word of {@code language} as far as the knowledge tells: its
     * documents in that language use it, or documents of several languages do (a name: "Velora" in every article),
     * or no document is in that language.
     */
    boolean usesWordOf(String language, String word) {
        Set<String> vocabulary = languageToWords.get(language);
        return vocabulary == null || vocabulary.contains(word)
                || languageToWords.values().stream().filter(words -> words.contains(word)).count() > 1;
    }

    /** Whether any document uses {@code word} (lower case, folded). */
    public boolean usesWord(String word) {
        return languageToWords.values().stream().anyMatch(vocabulary -> vocabulary.contains(word));
    }

    public List<SourceDocument> documents() {
        return documents;
    }

    /** The languages of the documents, each once. */
    public List<String> languages() {
        return languages;
    }

    /** The document ingested from {@code source} ("knowledge/x.md"), or null. */
    public SourceDocument document(String source) {
        return sourceToDocument.get(source);
    }

    public List<IndexedPassage> passages() {
        return passages;
    }

    public boolean isEmpty() {
        return passages.isEmpty();
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /** Inverse sentence frequency of a shared term; terms the knowledge never uses weigh the most. */
    public double idf(String sharedTerm) {
        int count = sharedTermToSentenceCount.getOrDefault(sharedTerm, 0);
        return Math.log(1 + (sentenceCount + 1.0) / (count + 0.5));
    }

    boolean isKnown(String sharedTerm) {
        return sharedTermToSentenceCount.containsKey(sharedTerm);
    }

    /** The position in {@link #passages()} of the passage behind a Lucene hit. */
    int passageIdOf(StoredFields storedFields, int luceneDocId) {
        try {
            return storedFields.document(luceneDocId).getField(PASSAGE_ID).numericValue().intValue();
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index could not be read", e);
        }
    }
}
