package dev.docket.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The languages Docket knows, from {@code language/languages.tsv}: the one place that says which languages exist
 * and how each is analysed and detected. Other classes ask the registry instead of naming languages.
 */
public final class LanguageRegistry {

    private final Map<String, Language> codeToLanguage;
    private final List<Language> languages;

    private LanguageRegistry(Map<String, Language> codeToLanguage) {
        this.codeToLanguage = Map.copyOf(codeToLanguage);
        this.languages = List.copyOf(codeToLanguage.values());
    }

    /** The registry shipped in the jar. */
    public static LanguageRegistry load() {
        Map<String, Language> languages = new LinkedHashMap<>();
        for (String[] row : LanguageData.rows("language/languages.tsv", 6)) {
            languages.put(row[0], new Language(row[0], row[1], row[2].equals("-") ? "" : row[2],
                    row[3].equals("-") ? null : row[3], Boolean.parseBoolean(row[4]), row[5].charAt(0)));
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

    /** Whether nouns are capitalized in {@code code}, so capitals don't mark names there. */
    public boolean capitalizesNouns(String code) {
        return find(code).map(Language::capitalizesNouns).orElse(false);
    }
}
