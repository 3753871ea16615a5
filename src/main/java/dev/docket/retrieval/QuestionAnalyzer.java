package dev.docket.retrieval;

import dev.docket.language.LanguageDetector;
import dev.docket.language.LanguageLexicon;
import dev.docket.language.LanguageRegistry;
import dev.docket.language.QuestionKind;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Detects a question's language and kind, strips its question words and embeds it once. */
public final class QuestionAnalyzer {

    private static final Pattern CAPITALIZED = Pattern.compile("\\b\\p{Lu}[\\p{L}\\p{N}]+");

    private final LanguageDetector languageDetector;
    private final LanguageRegistry languages;
    private final LanguageLexicon lexicon;
    private final SentenceFeatures features;
    private final QuestionEmbedder embedder;
    private final EnglishGloss englishGloss;

    public QuestionAnalyzer(
            LanguageDetector languageDetector, LanguageRegistry languages, LanguageLexicon lexicon,
            FieldAnalyzers analyzers, QuestionEmbedder embedder) {
        this.languageDetector = languageDetector;
        this.languages = languages;
        this.lexicon = lexicon;
        this.features = new SentenceFeatures(analyzers);
        this.embedder = embedder;
        this.englishGloss = new EnglishGloss(lexicon);
    }

    /** {@code languageHint} (e.g. a Discord user's locale) decides only when the text itself does not. */
    public AnalyzedQuestion analyze(String question, String languageHint) {
        String language = languageDetector.detect(question, languageHint == null ? "en" : languageHint);
        String topicText = Arrays.stream(question.split("\\s+"))
                .filter(word -> !lexicon.isQuestionWord(LanguageLexicon.fold(word).replaceAll("[^a-z0-9]", "")))
                .collect(Collectors.joining(" "));
        QuestionKind kind = lexicon.questionKind(question);
        return new AnalyzedQuestion(
                question,
                language,
                kind,
                topicText,
                features.sharedTerms(question),
                languages.capitalizesNouns(language) ? Set.of() : nameTerms(question),
                embedder.embed(question),
                glossVector(question, language, kind));
    }

    private float[] glossVector(String question, String language, QuestionKind kind) {
        if ("en".equals(language)) {
            return null;
        }
        String gloss = englishGloss.of(question, kind);
        return gloss.isBlank() ? null : embedder.embed(gloss);
    }

    /** The language-neutral terms of any text, as questions and sentences are compared. */
    public Set<String> sharedTerms(String text) {
        return features.sharedTerms(text);
    }

    private Set<String> nameTerms(String question) {
        Set<String> terms = new LinkedHashSet<>();
        Matcher names = CAPITALIZED.matcher(question);
        while (names.find()) {
            if (names.start() > 0) {
                terms.addAll(features.sharedTerms(names.group()));
            }
        }
        return terms;
    }
}
