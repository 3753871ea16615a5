package dev.docket.retrieval;

import dev.docket.language.Language;
import dev.docket.language.LanguageDetector;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import dev.docket.language.QuestionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Detects a question's language and kind, strips its question words and embeds it once. */
public final class QuestionAnalyzer {

    /** The unit a share is given in ({@code language/lexicon.tsv}): what a question asking for a share counts. */
    static final String PERCENT = "percent";

    private static final Pattern CAPITALIZED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}]+");

    /**
     * Words after a count phrase that may name what is counted ("how many stranded travellers"), numbers aside
     * ("wie viele der 22 Züge": "der Züge").
     */
    private static final int COUNTED_WORDS = 2;
    private static final int COUNT_WINDOW = 5;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private final Supplier<Set<String>> dictionaryWords;
    private final LanguageDetector languageDetector;
    private final LanguageRegistry languages;
    private final LanguageLexicon lexicon;
    private final SentenceFeatures features;
    private final QuestionEmbedder embedder;
    private final EnglishGloss englishGloss;
    private final FieldAnalyzers analyzers;
    private final SpellingCorrector spelling;

    /**
     * @param dictionaryWords real words (folded) that are never taken for misspellings, though neither the knowledge
     *     nor the lexicons use them: the embedding model's vocabulary, read when a question first needs it
     */
    public QuestionAnalyzer(
            LanguageDetector languageDetector, LanguageRegistry languages, LanguageLexicon lexicon,
            FieldAnalyzers analyzers, QuestionEmbedder embedder, Supplier<Set<String>> dictionaryWords) {
        this.languageDetector = languageDetector;
        this.languages = languages;
        this.lexicon = lexicon;
        this.features = new SentenceFeatures(analyzers);
        this.embedder = embedder;
        this.englishGloss = new EnglishGloss(lexicon);
        this.analyzers = analyzers;
        this.dictionaryWords = dictionaryWords;
        this.spelling = new SpellingCorrector(analyzers,
                word -> analyzers.isFunctionWord(word) || lexicon.isQuestionWord(word)
                        || dictionaryWords.get().contains(word),
                () -> correctionWords(lexicon, dictionaryWords.get()),
                word -> lexicon.concept(word) != null || lexicon.canonical(word) != null, lexicon::concept);
    }

    /**
     * The words a misspelling may be corrected to besides the knowledge's: the lexicons' words, and the real words
     * that a prefix form of the concept lexicon matches ("affected" for "affect*"), so "afected" finds its concept.
     */
    private static Set<String> correctionWords(LanguageLexicon lexicon, Set<String> dictionaryWords) {
        Set<String> words = new HashSet<>(lexicon.words());
        dictionaryWords.stream().filter(word -> lexicon.concept(word) != null).forEach(words::add);
        return words;
    }

    /**
     * Analyses a question against the knowledge snapshot that will answer it. The language comes from the text's
     * function words; when they don't decide, from {@code languageHint} (e.g. a Discord user's locale); failing
     * both, from the language of the documents that use the question's words. The chat words of that language are
     * spelled out ("wer wars": "wer war es", German "down": "ausgefallen") before misspellings are corrected.
     */
    public AnalyzedQuestion analyze(String question, String languageHint, KnowledgeIndex index) {
        String typedLanguage = language(question, languageHint, index);
        String spelledOut = languages.withChatWordsSpelledOut(typedLanguage, question);
        String spelled = spelling.correct(spelledOut, index, typedLanguage, word -> isRealWord(typedLanguage, word));
        // Read again only when a chat word or a correction changed the words it was read from.
        String language = spelled.equals(question) ? typedLanguage : language(spelled, languageHint, index);
        String corrected = lexicon.withSeparableVerbsJoined(language, spelled);
        String topicText = Arrays.stream(corrected.split("\\s+"))
                .filter(word -> !lexicon.isQuestionWord(LanguageLexicon.fold(word).replaceAll("[^a-z0-9]", "")))
                .collect(Collectors.joining(" "));
        Set<String> sharedTerms = withPhraseConcepts(corrected, features.sharedTerms(corrected));
        QuestionKind kind = askedFor(lexicon.questionKind(corrected), sharedTerms, corrected, index);
        Set<String> unknown = unknownWords(corrected, index);
        boolean asksReason = lexicon.asksReason(corrected);
        List<String> countedWords = countedWords(corrected);
        return new AnalyzedQuestion(
                question,
                corrected,
                language,
                kind,
                topicText,
                sharedTerms,
                unknown,
                unknownNamesAndDates(question, unknown, language, index),
                countedTerms(countedWords, unknown),
                kind != QuestionKind.QUANTITY ? null
                        : lexicon.asksShare(corrected) ? PERCENT : countedUnit(countedWords),
                embedder.embed(corrected),
                glossVector(corrected, language, kind),
                asksReason,
                kind == QuestionKind.DATE && lexicon.asksClockTime(corrected),
                kind == QuestionKind.OTHER && !asksReason && lexicon.asksStatement(corrected));
    }

    /**
     * Whether {@code written} is one slip from a common word of {@code language}'s dictionary ("Sortimemt") and no
     * real word of the embedding model's vocabulary: an English word in a German question ("Continental") is a
     * name, not a misspelling.
     */
    private boolean isMisspelledCommonWord(String language, String written) {
        return !dictionaryWords.get().contains(LanguageLexicon.fold(written))
                && languages.isMisspelledCommonWord(language, written);
    }

    /** {@code terms} with the concepts of the question's phrases in place of their last words' ("how old": age). */
    private Set<String> withPhraseConcepts(String question, Set<String> terms) {
        Map<String, String> phraseConcepts = lexicon.phraseConcepts(question);
        if (phraseConcepts.isEmpty()) {
            return terms;
        }
        // In the place of the word's concept: the first concept a question names is often what it asks about.
        Set<String> replaced = new LinkedHashSet<>();
        for (String term : terms) {
            String phraseConcept = term.startsWith("~") ? phraseConcepts.get(term.substring(1)) : null;
            replaced.add(phraseConcept == null ? term : "~" + phraseConcept);
        }
        phraseConcepts.values().forEach(phraseConcept -> replaced.add("~" + phraseConcept));
        return replaced;
    }

    /** Whether the word dictionary of {@code language} knows {@code word}, as typed or as a capitalized noun. */
    private boolean isRealWord(String language, String word) {
        return languages.isCommonWord(language, word) || languages.isCommonWord(language, capitalized(word));
    }

    /**
     * What the (at most two) words after a count phrase count: their concepts ("how many blue buses": "~bus"), and
     * the terms of words of no concept the knowledge uses ("how many Velora buses": also "velor"). A unit ("how
     * many days") asks for a measure, not a count of things. When neither the knowledge nor the lexicons know any
     * of those words ("how many suitcases"), the words themselves: a count of something the articles never name.
     */
    private Set<String> countedTerms(List<String> countedWords, Set<String> unknownWords) {
        Set<String> counted = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        boolean anyKnown = false;
        for (String word : countedWords) {
            if (lexicon.canonical(word) != null) {
                return Set.of();
            }
            if (analyzers.isFunctionWord(word)) {
                continue;
            }
            String concept = lexicon.concept(word);
            if (concept == null && unknownWords.contains(word)) {
                unknown.add(word);
                continue;
            }
            anyKnown = true;
            if (concept == null) {
                counted.addAll(features.sharedTerms(word));
            } else if (!lexicon.isAnswerForm(concept)) {
                counted.add("~" + concept);
            }
        }
        return anyKnown ? counted : unknown;
    }

    /** The (at most two) words right after a count phrase, numbers aside: what it counts or measures in. */
    private List<String> countedWords(String question) {
        return lexicon.wordsAfterCountPhrase(question, COUNT_WINDOW).stream()
                .filter(word -> !DIGITS.matcher(word).matches()).limit(COUNTED_WORDS).toList();
    }

    /**
     * The unit a "how many" question measures in, one of the words right after its count phrase ("wie viele Tage":
     * "day"), or null. A unit elsewhere in the question says over what the amount is taken ("wie viel Umsatz im
     * Jahr"), not what it is measured in.
     */
    private String countedUnit(List<String> countedWords) {
        return countedWords.stream().map(lexicon::canonical)
                .filter(term -> term != null && analyzers.isUnit(term)).findFirst().orElse(null);
    }

    private String language(String question, String languageHint, KnowledgeIndex index) {
        List<String> leaders = languageDetector.leaders(question);
        if (leaders.size() == 1) {
            return leaders.get(0);
        }
        if (languageHint != null) {
            return languageHint;
        }
        Map<String, Integer> languageToCount = index.languagesUsing(analyzers.words(question));
        int most = languageToCount.values().stream().max(Integer::compare).orElse(0);
        // On a tie a language the function words pointed to goes first, then the registry's order (its first
        // language is the fallback), not the map's order.
        List<String> voted = languages.all().stream().map(Language::code)
                .filter(code -> most > 0 && languageToCount.getOrDefault(code, 0) == most)
                .toList();
        List<String> votedLeaders = voted.stream().filter(leaders::contains).toList();
        List<String> candidates = !votedLeaders.isEmpty() ? votedLeaders : !voted.isEmpty() ? voted : leaders;
        return (candidates.size() > 1 || voted.isEmpty()
                        ? byWordDictionary(question, candidates, index) : Optional.<String>empty())
                .or(() -> candidates.stream().findFirst())
                .orElse(languages.fallback());
    }

    /**
     * Among {@code candidates} (or any language, when there are none), the one whose word dictionary knows most of
     * the question's words that the documents don't use: "Was verdient Anna Berg?" ties English and German on
     * function words ("was") and on the documents' words (the names), and "verdient" is German.
     */
    private Optional<String> byWordDictionary(String question, List<String> candidates, KnowledgeIndex index) {
        List<String> words = new ArrayList<>();
        Matcher word = TOKEN.matcher(question);
        while (word.find()) {
            String folded = LanguageLexicon.fold(word.group());
            if (!analyzers.isFunctionWord(folded) && word.group().length() > 2 && !index.usesWord(folded)) {
                words.add(word.group());
            }
        }
        String best = null;
        long bestCount = 0;
        for (Language language : languages.all()) {
            if (!candidates.isEmpty() && !candidates.contains(language.code())) {
                continue;
            }
            long count = words.stream().filter(written -> isRealWord(language.code(), written)).count();
            if (count > bestCount) {
                best = language.code();
                bestCount = count;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private Set<String> unknownWords(String question, KnowledgeIndex index) {
        if (index.isEmpty()) {
            return Set.of();
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (String word : analyzers.words(question)) {
            if (!analyzers.isFunctionWord(word) && !lexicon.isQuestionWord(word) && !index.usesWord(word)
                    && word.chars().noneMatch(Character::isDigit)) {
                unknown.add(word);
            }
        }
        return unknown;
    }

    private float[] glossVector(String question, String language, QuestionKind kind) {
        if (EnglishGloss.MODEL_LANGUAGE.equals(language)) {
            return null;
        }
        String gloss = englishGloss.of(question, kind);
        return gloss.isBlank() ? null : embedder.embed(gloss);
    }

    /**
     * A chat question of names and a role only ("acme ceo") asks for a person, and so does a "which ..." question
     * whose first concept says what a person is or does ("which lawyer", "welcher Jurist", "quel avocat"). A "who"
     * question that names no role of a person asks for a name, an organisation's as often as a person's ("who sued",
     * "wer hat es gebaut", "qui a fait la mise à jour"). A "which ..." question whose first concept is a sum of money
     * asks for an amount ("quel est le chiffre d'affaires", "welche Entschädigung"), and so does a "what ..." question
     * with a concept of a sum the articles use ("what did the city pay for it", "was hat X gekostet"; not "what was
     * X's share price" where no article speaks of a price).
     */
    private QuestionKind askedFor(QuestionKind kind, Set<String> sharedTerms, String question,
            KnowledgeIndex index) {
        if (kind == QuestionKind.OTHER && hasNoQuestionWord(question)
                && sharedTerms.stream().anyMatch(analyzers::namesPersonRole)) {
            return QuestionKind.PERSON;
        }
        if (kind == QuestionKind.PERSON && sharedTerms.stream().noneMatch(analyzers::namesPersonRole)) {
            return QuestionKind.NAME;
        }
        if (kind == QuestionKind.OTHER && sharedTerms.stream()
                .anyMatch(term -> analyzers.namesMoney(term) && index.isKnown(term)) && lexicon.asksWhat(question)) {
            return QuestionKind.QUANTITY;
        }
        if (kind == QuestionKind.OTHER && lexicon.asksTheName(question)) {
            // "whats the co-op called", "nom de l'exploitant stp": a name, as "which co-op" asks
            kind = QuestionKind.NAME;
        }
        if (kind != QuestionKind.NAME) {
            return kind;
        }
        String subject = analyzers.firstSubjectConcept(sharedTerms);
        if (subject != null && analyzers.namesMoney(subject)) {
            return QuestionKind.QUANTITY;
        }
        return subject != null && analyzers.namesPersonRole(subject) ? QuestionKind.PERSON : kind;
    }

    /** A chat question of names and nouns only ("acme ceo", "anwalt velora"): no word of any question phrase. */
    private boolean hasNoQuestionWord(String question) {
        return analyzers.words(question).stream().noneMatch(lexicon::isQuestionWord);
    }

    /** Whether the question asks how long something lasted ("how long", "wie lange"). */
    public boolean asksDuration(AnalyzedQuestion question) {
        return lexicon.asksDuration(question.text());
    }

    /** The language-neutral terms of any text, as questions and sentences are compared. */
    public Set<String> sharedTerms(String text) {
        return features.sharedTerms(text);
    }

    /**
     * The names no document mentions, and the years and months no document mentions either ("in 2031", "im
     * Oktober", "le 3 mars"): a question about another time than the articles cover is as unanswerable as one
     * about another company. A month counts beside a number or capitalized inside the question, so the verb "may"
     * is no month.
     */
    private Set<String> unknownNamesAndDates(String question, Set<String> unknownWords,
            String language, KnowledgeIndex index) {
        Set<String> unknown = unknownNames(question, unknownWords, language, index);
        if (index.isEmpty()) {
            return unknown;
        }
        List<String> words = new ArrayList<>();
        Matcher word = TOKEN.matcher(question);
        while (word.find()) {
            words.add(word.group());
        }
        for (int i = 0; i < words.size(); i++) {
            String written = words.get(i);
            String canonical = lexicon.canonical(LanguageLexicon.fold(written));
            boolean year = SentenceFeatures.YEAR.matcher(written).matches();
            boolean month = canonical != null && SentenceFeatures.MONTH.matcher(canonical).matches()
                    && ((i > 0 && Character.isUpperCase(written.charAt(0))) || besideNumber(words, i));
            String term = year ? written : canonical;
            if ((year || month) && !index.isKnown(term)) {
                unknown.add(term);
            }
        }
        return unknown;
    }

    private static boolean besideNumber(List<String> words, int i) {
        return (i > 0 && Character.isDigit(words.get(i - 1).charAt(0)))
                || (i + 1 < words.size() && Character.isDigit(words.get(i + 1).charAt(0)));
    }

    /**
     * Unknown words written with a capital after the first word that the lexicons don't know, or know only as a
     * concept the knowledge never states: names. In a language that capitalizes every noun, a word its word
     * dictionary knows as a common noun ("Tasche", "Knie") is no name: it is an unknown word like any other.
     */
    private Set<String> unknownNames(
            String question, Set<String> unknownWords, String language, KnowledgeIndex index) {
        boolean nounsCapitalized = languages.capitalizesNouns(language);
        Set<String> names = new LinkedHashSet<>();
        Matcher capitalized = CAPITALIZED.matcher(question);
        while (capitalized.find()) {
            if (capitalized.start() == 0) {
                continue;
            }
            String written = capitalized.group();
            String lower = written.toLowerCase(Locale.ROOT);
            if (KnowledgeIndexBuilder.ACRONYM.matcher(written).matches()
                    && (analyzers.isFunctionWord(lower) || lexicon.isQuestionWord(lower))) {
                // An acronym that is a function word of some language ("EU" is French "eu"): a name all the same,
                // unknown unless the knowledge writes it so.
                if (!index.usesWord(written)) {
                    names.add(lower);
                }
                continue;
            }
            if (nounsCapitalized && (languages.isCommonWord(language, written)
                    || isMisspelledCommonWord(language, written))) {
                continue;
            }
            for (String word : analyzers.words(written)) {
                String concept = lexicon.concept(word);
                boolean general = lexicon.canonical(word) != null
                        || (concept != null && (nounsCapitalized || index.isKnown("~" + concept)));
                if (unknownWords.contains(word) && !general) {
                    names.add(word);
                }
            }
        }
        return names;
    }
}
