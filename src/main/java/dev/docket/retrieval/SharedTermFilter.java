package dev.docket.retrieval;

import dev.docket.language.LanguageLexicon;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns folded words into terms that mean the same in English, German and French: month names, number and scale
 * words become canonical terms ("Juli" and "juillet" both become {@code m07}), words of the concept lexicon
 * become their concept ("Anwalt" and "avocat" both become {@code ~lawyer}), numbers get a decimal point, and
 * other words are cut to a short prefix, a crude stemmer that also joins cognates ("negligence" and
 * "négligence", "million" and "Millionen"). Question words are dropped.
 */
final class SharedTermFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final LanguageLexicon lexicon;
    private final int prefixLength;

    SharedTermFilter(TokenStream input, LanguageLexicon lexicon, int prefixLength) {
        super(input);
        this.lexicon = lexicon;
        this.prefixLength = prefixLength;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            String word = term.toString();
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

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
