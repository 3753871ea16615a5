package dev.docket.language;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The languages Docket knows, from {@code language/languages.tsv}: the one place that says which languages exist
 * and how each is analysed and detected. Other classes ask the registry instead of naming languages.
 */
public final class LanguageRegistry {

    /** A word as chat types it, with an inner apostrophe ("gibt's", "y'a"). */
    private static final Pattern CHAT_WORD = Pattern.compile("\\p{L}+(?:['\u2019]\\p{L}+)*");

    private final Map<String, Language> codeToLanguage;
    private final List<Language> languages;
    /** The function words of {@code language/function-words.tsv}, by language code. */
    private final Map<String, List<String>> codeToFunctionWords;
    /** Each language's function words (Snowball's and the file's), read when first asked for. */
    private final Map<String, CharArraySet> codeToAllFunctionWords = new ConcurrentHashMap<>();
    /** The chat words of {@code language/chat-words.tsv}, by language code: typed word to the words meant. */
    private final Map<String, Map<String, String>> codeToChatWords;
    /** Word dictionaries, read when first asked for: a question in a language may never come. */
    private final Map<String, WordDictionary> codeToDictionary = new ConcurrentHashMap<>();

    private LanguageRegistry(Map<String, Language> codeToLanguage, Map<String, List<String>> codeToFunctionWords,
            Map<String, Map<String, String>> codeToChatWords) {
        this.codeToLanguage = Map.copyOf(codeToLanguage);
        this.languages = List.copyOf(codeToLanguage.values());
        this.codeToFunctionWords = Map.copyOf(codeToFunctionWords);
        this.codeToChatWords = Map.copyOf(codeToChatWords);
    }

    /** The registry shipped in the jar. */
    public static LanguageRegistry load() {
        Map<String, Language> languages = new LinkedHashMap<>();
        for (String[] row : LanguageData.rows("language/languages.tsv", 8)) {
            languages.put(row[0], new Language(row[0], row[1], row[2].equals("-") ? "" : row[2],
                    row[3].equals("-") ? null : row[3], Boolean.parseBoolean(row[4]), row[5].charAt(0),
                    row[6].equals("-") ? null : row[6], row[7].equals("-") ? null : row[7]));
        }
        Map<String, List<String>> functionWords = new LinkedHashMap<>();
        for (String[] row : LanguageData.rows("language/function-words.tsv", 2)) {
            if (!languages.containsKey(row[0])) {
                throw new IllegalStateException("language/function-words.tsv: language '" + row[0]
                        + "' is not in language/languages.tsv");
            }
            functionWords.put(row[0], List.of(row[1].split(",")));
        }
        Map<String, Map<String, String>> chatWords = new LinkedHashMap<>();
        for (String[] row : LanguageData.rows("language/chat-words.tsv", 3)) {
            if (!languages.containsKey(row[0])) {
                throw new IllegalStateException("language/chat-words.tsv: language '" + row[0]
                        + "' is not in language/languages.tsv");
            }
            chatWords.computeIfAbsent(row[0], code -> new LinkedHashMap<>()).put(row[1], row[2]);
        }
        chatWords.replaceAll((code, typedToMeant) -> Map.copyOf(typedToMeant));
        return new LanguageRegistry(languages, functionWords, chatWords);
    }

    /** The words of chat that stand for other words of language {@code code} ("gibts", "down"), lower case. */
    public Set<String> chatWords(String code) {
        return codeToChatWords.getOrDefault(code, Map.of()).keySet();
    }

    /**
     * {@code text} with each chat word of language {@code code} spelled out in the words it stands for ("wer wars"
     * becomes "wer war es", German "down" becomes "ausgefallen"); other words, and text in a language without chat
     * words, stay as they are.
     */
    public String withChatWordsSpelledOut(String code, String text) {
        Map<String, String> typedToMeant = codeToChatWords.getOrDefault(code, Map.of());
        if (typedToMeant.isEmpty()) {
            return text;
        }
        Matcher word = CHAT_WORD.matcher(text);
        StringBuilder spelledOut = new StringBuilder();
        while (word.find()) {
            String meant = typedToMeant.get(word.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            word.appendReplacement(spelledOut, Matcher.quoteReplacement(meant != null ? meant : word.group()));
        }
        return word.appendTail(spelledOut).toString();
    }

    /**
     * The function words of {@code language}, case-insensitive: its Lucene Snowball stop words and the modal verbs,
     * pronouns and fillers of {@code language/function-words.tsv} that those lists leave out.
     */
    public CharArraySet functionWords(Language language) {
        return codeToAllFunctionWords.computeIfAbsent(language.code(), code -> {
            CharArraySet words = language.stopWordsFile() == null ? new CharArraySet(16, true)
                    : new CharArraySet(SnowballStopWords.load(language.stopWordsFile()), true);
            words.addAll(codeToFunctionWords.getOrDefault(code, List.of()));
            return CharArraySet.unmodifiableSet(words);
        });
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
