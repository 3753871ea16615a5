package dev.docket.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The languages Docket knows, from {@code language/languages.tsv}: the one place that says which languages exist
 * and how each is analysed and detected. Other classes ask the registry instead of naming languages.
 */
public final class LanguageRegistry {

    private final Map<String, Language> codeToLanguage;
    private final List<Language> languages;
    /** Word dictionaries, read when first asked for: a question in a language may never come. */
    private final Map<String, WordDictionary> codeToDictionary = new ConcurrentHashMap<>();

    private LanguageRegistry(Map<String, Language> codeToLanguage) {
        this.codeToLanguage = Map.copyOf(codeToLanguage);
        this.languages = List.copyOf(codeToLanguage.values());
    }

    /** The registry shipped in the jar. */
    public static LanguageRegistry load() {
        Map<String, Language> languages = new LinkedHashMap<>();
        for (String[] row : LanguageData.rows("language/languages.tsv", 8)) {
            languages.put(row[0], new Language(row[0], row[1], row[2].equals("-") ? "" : row[2],
                    row[3].equals("-") ? null : row[3], Boolean.parseBoolean(row[4]), row[5].charAt(0),
                    row[6].equals("-") ? null : row[6], row[7].equals("-") ? null : row[7]));
        }
        return new LanguageRegistry(languages);
    }

    /** The language of last resort: the file's first. */
    public String fallback() {
        return languages.get(0).code();
    }

    /** Every language, in the file's order. */
    public List<Language> all() {
        return languages;
    }

    public Optional<Language> find(String code) {
        return Optional.ofNullable(code == null ? null : codeToLanguage.get(code));
    }

    /**
     * Whether {@code word}, as written, is a common word of language {@code code} by its word dictionary, and not a
     * name; false when the language has no dictionary.
     */
    public boolean isCommonWord(String code, String word) {
        return dictionary(code).map(dictionary -> dictionary.isCommonWord(word)).orElse(false);
    }

    /**
     * Whether {@code word} is one slip from a common word of {@code code}'s dictionary
     * ({@link WordDictionary#isMisspelledCommonWord}); false when the language has no dictionary.
     */
    public boolean isMisspelledCommonWord(String code, String word) {
        return dictionary(code).map(dictionary -> dictionary.isMisspelledCommonWord(word)).orElse(false);
    }

    /** The word dictionary of language {@code code}, read on first use; empty when it has none. */
    private Optional<WordDictionary> dictionary(String code) {
        return find(code).filter(language -> language.dictionary() != null).map(language -> codeToDictionary
                .computeIfAbsent(language.code(), key -> WordDictionary.read(language.dictionary(), language.nameTag())));
    }

    /** Whether nouns are capitalized in {@code code}, so capitals don't mark names there. */
    public boolean capitalizesNouns(String code) {
        return find(code).map(Language::capitalizesNouns).orElse(false);
    }
}
