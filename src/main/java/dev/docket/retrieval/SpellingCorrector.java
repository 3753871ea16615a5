package dev.docket.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects the words of a question that the knowledge never uses to the closest word it does use, with Lucene's
 * {@link DirectSpellChecker} over the snapshot's vocabulary ({@link FieldAnalyzers#WORDS}): "flihgts" becomes
 * "flights" when the articles say "flights". Words the knowledge uses, short words, numbers and function words
 * stay as they are; so does a word with no close match, which then counts as unknown.
 */
final class SpellingCorrector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final int MIN_LENGTH = 5;
    private static final int LONG_WORD = 9;
    private static final int CANDIDATES = 5;
    /** Edits relative to the longer word, transpositions counted once: "lawer" is nearer "lawyer" than "later". */
    private static final LuceneLevenshteinDistance DISTANCE = new LuceneLevenshteinDistance();

    private final FieldAnalyzers analyzers;
    private final Predicate<String> isFunctionWord;

    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    SpellingCorrector(FieldAnalyzers analyzers, Predicate<String> isFunctionWord) {
        this.analyzers = analyzers;
        this.isFunctionWord = isFunctionWord;
    }

    /** A checker configured once: suggestions share the word's first letter and differ by at most {@code edits}. */
    private static DirectSpellChecker checker(int edits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(edits);
        checker.setMinPrefix(1);
        return checker;
    }

    /** {@code question} with misspelled words replaced by their correction (lower case, folded). */
    String correct(String question, KnowledgeIndex index) {
        if (index.isEmpty()) {
            return question;
        }
        Matcher matcher = WORD.matcher(question);
        StringBuilder corrected = new StringBuilder();
        while (matcher.find()) {
            String replacement = correction(matcher.group(), index);
            matcher.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(corrected);
        return corrected.toString();
    }

    private String correction(String word, KnowledgeIndex index) {
        var folded = analyzers.words(word);
        if (folded.size() != 1) {
            return word;
        }
        String form = folded.iterator().next();
        if (form.length() < MIN_LENGTH || isFunctionWord.test(form) || index.usesWord(form)) {
            return word;
        }
        DirectSpellChecker checker = form.length() >= LONG_WORD ? twoEdits : oneEdit;
        try {
            SuggestWord[] suggestions = checker.suggestSimilar(new Term(FieldAnalyzers.WORDS, form), CANDIDATES,
                    index.searcher().getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return Arrays.stream(suggestions)
                    .max(Comparator.comparingDouble((SuggestWord suggestion) ->
                                    DISTANCE.getDistance(form, suggestion.string))
                            .thenComparingInt(suggestion -> suggestion.freq))
                    .map(suggestion -> suggestion.string)
                    .orElse(word);
        } catch (IOException e) {
            throw new UncheckedIOException("spelling suggestions from the in-memory index failed", e);
        }
    }
}
