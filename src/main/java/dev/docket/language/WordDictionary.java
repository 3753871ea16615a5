package dev.docket.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * A language's word dictionary: every inflected form of its words with their part of speech, read with Morfologik
 * from a dictionary on the classpath ({@code language/languages.tsv}). It tells a common word from a name where
 * capitals don't: in German "Tasche" is a noun, "Berlin" a name.
 */
public final class WordDictionary {

    /** The shortest part of a compound that counts: shorter ones match by accident ("Ei", "Tor"). */
    private static final int MIN_PART = 4;
    /** The shortest first part of a compound: a three-letter noun ("Tür", "Zug", "Bus") leads many. */
    private static final int MIN_MODIFIER = 3;
    /** The most parts a compound of common words is read into ("Wohn|bau|behörde"). */
    private static final int MAX_PARTS = 3;
    private static final int MIN_MISSPELLED = 4;
    /** Longer words are not tried: about 60 lookups per letter, and compounds are read by their parts instead. */
    private static final int MAX_MISSPELLED = 20;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß";

    private final DictionaryLookup lookup;
    private final String nameTag;

    private WordDictionary(DictionaryLookup lookup, String nameTag) {
        this.lookup = lookup;
        this.nameTag = nameTag;
    }

    /**
     * Reads the dictionary {@code resource}.
     *
     * @param nameTag the start of the part-of-speech tags that mark names in it
     */
    static WordDictionary read(String resource, String nameTag) {
        URL url = WordDictionary.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("language/languages.tsv names the word dictionary " + resource
                    + ", which is not on the classpath; add its artifact to pom.xml or write '-'");
        }
        try {
            return new WordDictionary(new DictionaryLookup(Dictionary.read(url)), nameTag);
        } catch (IOException e) {
            throw new UncheckedIOException("the word dictionary " + resource + " could not be read", e);
        }
    }

    /**
     * Whether {@code word}, as written, is a form of some common word of the language and never of a name: true for
     * "Tasche" and "Knie", false for "Berlin", a name the dictionary knows, and for "Velora", a word it doesn't.
     */
    public boolean isCommonWord(String word) {
        return isListed(word) ? isListedCommonWord(word) : isCompoundOfCommonWords(word);
    }

    /**
     * Whether {@code word}, which the dictionary doesn't list, is one slip (a letter left out, added, changed or two
     * swapped) from a listed common word: "Sortimemt" is a misspelled "Sortiment", "Gelt" "Geld", not a name. Only
     * words of at least {@value #MIN_MISSPELLED} letters (three letters are a slip from too many words) and at most
     * {@value #MAX_MISSPELLED}. Listed names stay names ("Berlni" is no common word's slip).
     */
    public boolean isMisspelledCommonWord(String word) {
        if (word.length() < MIN_MISSPELLED || word.length() > MAX_MISSPELLED || isListed(word)) {
            return false;
        }
        String first = word.substring(0, 1);
        String rest = word.substring(1);
        for (int i = 0; i <= rest.length(); i++) {
            String before = rest.substring(0, i);
            String after = rest.substring(i);
            if (i < rest.length() && isListedCommonWord(first + before + after.substring(1))) {
                return true;
            }
            if (i + 1 < rest.length() && isListedCommonWord(
                    first + before + after.charAt(1) + after.charAt(0) + after.substring(2))) {
                return true;
            }
            for (char letter : LETTERS.toCharArray()) {
                if ((i < rest.length() && isListedCommonWord(first + before + letter + after.substring(1)))
                        || isListedCommonWord(first + before + letter + after)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isListed(String word) {
        // A lookup reuses its buffers and the forms it returns, so one caller at a time reads them.
        synchronized (lookup) {
            return !lookup.lookup(word).isEmpty();
        }
    }

    private boolean isListedCommonWord(String word) {
        synchronized (lookup) {
            List<WordData> forms = lookup.lookup(word);
            return !forms.isEmpty() && forms.stream().noneMatch(form -> form.getTag() != null
                    && form.getTag().toString().startsWith(nameTag));
        }
    }

    /**
     * Whether a capitalized word the dictionary doesn't list is a closed compound of common words (up to {@value
     * #MAX_PARTS}), each before the last perhaps with a linking letter or a verb's stem: "Staranwalt" is "Star" and
     * "Anwalt", "Schadenssumme" "Schaden(s)" and "Summe", "Türsysteme" "Tür" and "Systeme", "Wohnbaubehörde"
     * "Wohn(en)", "Bau" and "Behörde".
     * Dictionaries list few compounds; "Lufthansa" stays a name, since "Hansa" is one, and so does a listed name
     * made of common words ("Rosenheim"). An unlisted one ("Bergheim") is taken for a common word.
     */
    private boolean isCompoundOfCommonWords(String word) {
        return isCompoundOfCommonWords(word, MAX_PARTS);
    }

    /** A compound of at most {@code parts} common words: its head may be a compound itself ("Wohn|bau|behörde"). */
    private boolean isCompoundOfCommonWords(String word, int parts) {
        if (parts < 2 || word.length() < MIN_MODIFIER + MIN_PART || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        for (int split = MIN_MODIFIER; split <= word.length() - MIN_PART; split++) {
            String head = Character.toUpperCase(word.charAt(split)) + word.substring(split + 1);
            if (isModifier(word.substring(0, split))
                    && (isListedCommonWord(head) || (!isListed(head) && isCompoundOfCommonWords(head, parts - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A common word as the first part of a compound, as it is or without a linking "s", "n" or "e". */
    private boolean isModifier(String part) {
        return CompoundModifier.isModifier(part, MIN_MODIFIER, this::isListedCommonWord);
    }
}
