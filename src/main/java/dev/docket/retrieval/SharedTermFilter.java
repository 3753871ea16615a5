package dev.docket.retrieval;

import dev.docket.language.LanguageLexicon;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Turns folded words into terms that mean the same in English, German and French: month names, number and scale
 * words become canonical terms ("Juli" and "juillet" both become {@code m07}), words of the concept lexicon
 * become their concept ("Anwalt" and "avocat" both become {@code ~lawyer}), numbers get a decimal point, and
 * other words are cut to a short prefix, a crude stemmer that also joins cognates ("negligence" and
 * "négligence", "million" and "Millionen"). Question words are dropped. A concept form written with a hyphen
 * ("porte-parole"), which the tokenizer splits, is read from its two parts when one character (the hyphen, or a
 * space as people type it) stands between them.
 */
final class SharedTermFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    /** A token read ahead to see whether it completes a hyphenated form, to be given next. */
    private AttributeSource.State pending;
    private final LanguageLexicon lexicon;
    private final int prefixLength;

    SharedTermFilter(TokenStream input, LanguageLexicon lexicon, int prefixLength) {
        super(input);
        this.lexicon = lexicon;
        this.prefixLength = prefixLength;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (nextToken()) {
            String word = hyphenated(term.toString());
            if (lexicon.isQuestionWord(word)) {
                continue;
            }
            String canonical = lexicon.canonical(word);
            String concept = canonical == null ? lexicon.concept(word) : null;
            if (canonical != null) {
                term.setEmpty().append(canonical);
            } else if (concept != null) {
                term.setEmpty().append('~').append(concept);
            } else if (hasDigit(word)) {
                term.setEmpty().append(word.replace(',', '.'));
            } else if (word.length() > prefixLength) {
                term.setLength(prefixLength);
            }
            return true;
        }
        return false;
    }

    private boolean nextToken() throws IOException {
        if (pending != null) {
            restoreState(pending);
            pending = null;
            return true;
        }
        return input.incrementToken();
    }

    /**
     * {@code word}, or the hyphenated concept form it starts with the next token ("porte" and "parole" give
     * "porte-parole") when one character stands between them; a next token that doesn't complete one is kept for
     * the next call.
     */
    private String hyphenated(String word) throws IOException {
        if (!lexicon.startsHyphenatedForm(word)) {
            return word;
        }
        State current = captureState();
        int end = offset.endOffset();
        if (!input.incrementToken()) {
            restoreState(current);
            return word;
        }
        String joined = word + "-" + term.toString();
        if (offset.startOffset() == end + 1 && lexicon.concept(joined) != null) {
            int joinedEnd = offset.endOffset();
            restoreState(current);
            offset.setOffset(offset.startOffset(), joinedEnd);
            term.setEmpty().append(joined);
            return joined;
        }
        pending = captureState();
        restoreState(current);
        return word;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
