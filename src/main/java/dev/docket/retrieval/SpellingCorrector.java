package dev.docket.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Corrects the words of a question that the knowledge never uses to the closest word it does use, or to the
 * closest word of the lexicons, with Lucene's {@link DirectSpellChecker} over the snapshot's vocabulary
 * ({@link FieldAnalyzers#WORDS}) and over the lexicons' words: "flihgts" becomes "flights" when the articles say
 * "flights", "Anwald" becomes "anwalt", which the concept lexicon matches to "lawyer" in every language. Words the
 * knowledge uses, words the lexicons know, short words, numbers and function words stay as they are; so does a
 * word with no close match, which then counts as unknown.
 */
final class SpellingCorrector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final int MIN_LENGTH = 5;
    private static final int LONG_WORD = 9;
    private static final int CANDIDATES = 5;
    /** Edits relative to the shorter word, transpositions counted once: "flihgts" is one edit from "flights". */
    private static final LuceneLevenshteinDistance DISTANCE = new LuceneLevenshteinDistance();
    /**
     * Between suggestions as near by {@link #DISTANCE}, edits relative to the longer word: a left-out letter, the
     * commonest slip, beats a changed one ("lawer" is "lawyer" rather than "later").
     */
    private static final LevenshteinDistance TIE_BREAK = new LevenshteinDistance();

    private final FieldAnalyzers analyzers;
    private final Predicate<String> isFunctionWord;
    private final Supplier<Set<String>> lexiconWords;
    private final Predicate<String> isLexiconWord;
    private final Function<String, String> conceptOf;
    private volatile IndexReader lexiconReader;

    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    /**
     * @param lexiconWords the words offered as corrections besides the knowledge's: the lexicons' words, and real
     *     words a prefix form of the lexicons matches; read when a question first needs a correction
     * @param isLexiconWord whether a folded word is one the lexicons know (a prefix form's words included)
     * @param conceptOf the concept of a folded word, or null
     */
    SpellingCorrector(FieldAnalyzers analyzers, Predicate<String> isFunctionWord, Supplier<Set<String>> lexiconWords,
            Predicate<String> isLexiconWord, Function<String, String> conceptOf) {
        this.analyzers = analyzers;
        this.isFunctionWord = isFunctionWord;
        this.lexiconWords = lexiconWords;
        this.isLexiconWord = isLexiconWord;
        this.conceptOf = conceptOf;
    }

    private IndexReader lexiconReader() {
        IndexReader reader = lexiconReader;
        if (reader == null) {
            synchronized (this) {
                if (lexiconReader == null) {
                    lexiconReader = vocabulary(lexiconWords.get());
                }
                reader = lexiconReader;
            }
        }
        return reader;
    }

    /** A small in-memory index of {@code words}, one document each, for the spell checker to read. */
    private static IndexReader vocabulary(Set<String> words) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (String word : words) {
                Document document = new Document();
                document.add(new StringField(FieldAnalyzers.WORDS, word, Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("the lexicons' words could not be indexed for spelling", e);
        }
    }

    /** A checker configured once: suggestions share the word's first letter and differ by at most {@code edits}. */
    private static DirectSpellChecker checker(int edits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(edits);
        checker.setMinPrefix(1);
        return checker;
    }

    /**
     * {@code question}, read as {@code language}, with misspelled words replaced by their correction (lower case,
     * folded), leaving alone the words, as typed, that {@code isRealWord} knows: a real word of the question's
     * language is no misspelling of another ("backe" is no "back"). A word of the knowledge is a correction only when
     * it is a word of the question's language there ({@link KnowledgeIndex#usesWordOf}): a French "tatin" is no
     * German "tätig".
     */
    String correct(String question, KnowledgeIndex index, String language, Predicate<String> isRealWord) {
        if (index.isEmpty()) {
            return question;
        }
        Matcher matcher = WORD.matcher(question);
        StringBuilder corrected = new StringBuilder();
        while (matcher.find()) {
            String replacement = correction(matcher.group(), index, language, isRealWord);
            matcher.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(corrected);
        return corrected.toString();
    }

    /**
     * How near a suggestion is: by {@link #DISTANCE}, then, between suggestions as near, a swap of two letters
     * first (it keeps every letter typed: "Betrieber" is "Betreiber" rather than "betrieben"), then by
     * {@link #TIE_BREAK}.
     */
    private static double nearness(String form, String suggestion) {
        return DISTANCE.getDistance(form, suggestion) + (sameLetters(form, suggestion) ? 0.001 : 0)
                + TIE_BREAK.getDistance(form, suggestion) / 10_000;
    }

    private static boolean sameLetters(String form, String suggestion) {
        char[] typed = form.toCharArray();
        char[] suggested = suggestion.toCharArray();
        Arrays.sort(typed);
        Arrays.sort(suggested);
        return Arrays.equals(typed, suggested);
    }

    private String correction(String word, KnowledgeIndex index, String language, Predicate<String> isRealWord) {
        var folded = analyzers.words(word);
        if (folded.size() != 1) {
            return word;
        }
        String form = folded.iterator().next();
        if (isFunctionWord.test(form) || index.usesWord(form) || isLexiconWord.test(form)) {
            return word;
        }
        // The plural of a word the knowledge uses, however short: "Veloras" where the articles say "Velora".
        String singular = form.endsWith("s") && form.length() > 3 ? form.substring(0, form.length() - 1) : null;
        if (singular != null && index.usesWord(singular)) {
            return singular;
        }
        if (form.length() < MIN_LENGTH || isRealWord.test(word)) {
            return word;
        }
        DirectSpellChecker checker = form.length() >= LONG_WORD ? twoEdits : oneEdit;
        Term term = new Term(FieldAnalyzers.WORDS, form);
        try {
            SuggestWord[] fromKnowledge = Arrays.stream(checker.suggestSimilar(term, CANDIDATES,
                            index.searcher().getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX))
                    .filter(suggestion -> index.usesWordOf(language, suggestion.string))
                    .toArray(SuggestWord[]::new);
            // A lexicon word only when the knowledge states its concept: a correction must lead somewhere, and a
            // real word the lexicons lack ("stammen") is not turned into an unrelated one ("stimmen").
            SuggestWord[] fromLexicons = Arrays.stream(checker.suggestSimilar(term, CANDIDATES, lexiconReader(),
                            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX))
                    .filter(suggestion -> {
                        String concept = conceptOf.apply(suggestion.string);
                        return concept != null && index.isKnown("~" + concept);
                    })
                    .toArray(SuggestWord[]::new);
            // The knowledge's words first, so that on equal distance the word the articles use wins.
            return Stream.concat(Arrays.stream(fromKnowledge), Arrays.stream(fromLexicons))
                    .reduce((best, next) -> nearness(form, next.string) > nearness(form, best.string) ? next : best)
                    .map(suggestion -> suggestion.string)
                    .orElse(word);
        } catch (IOException e) {
            throw new UncheckedIOException("spelling suggestions from the in-memory index failed", e);
        }
    }
}
