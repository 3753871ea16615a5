package dev.docket.answer;

import dev.docket.knowledge.SourceDocument;
import dev.docket.language.QuestionKind;
import dev.docket.retrieval.AnalyzedQuestion;
import dev.docket.retrieval.KnowledgeBase;
import dev.docket.retrieval.KnowledgeIndex;
import dev.docket.retrieval.QuestionAnalyzer;
import dev.docket.retrieval.Retrieval;
import dev.docket.retrieval.Retriever;
import dev.docket.retrieval.ScoredSentence;
import dev.docket.figures.Figure;
import dev.docket.figures.FigureKind;
import dev.docket.figures.FigureReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The offline answerer: quotes one to three sentences of the best passages verbatim, each followed by its
 * citation number, introduced in the question's language. When the quoted sentences come from different
 * documents and state different numbers, the introduction says the sources differ. When retrieval finds nothing
 * relevant, the answer is a refusal that lists what the knowledge covers.
 */
public final class ExtractiveAnswerer implements Answerer {

    public static final String ADAPTER = "extractive";

    private static final int MAX_ALTERNATIVES = 3;
    private static final int MAX_QUOTES = 3;

    private final QuestionAnalyzer questionAnalyzer;
    private final Retriever retriever;
    private final KnowledgeBase knowledgeBase;
    private final FigureAlternatives alternatives;
    private final SentenceSelector selector;

    public ExtractiveAnswerer(
            QuestionAnalyzer questionAnalyzer,
            Retriever retriever,
            KnowledgeBase knowledgeBase,
            FigureAlternatives alternatives,
            FigureReader figureReader,
            int maxSentences) {
        this.questionAnalyzer = questionAnalyzer;
        this.retriever = retriever;
        this.knowledgeBase = knowledgeBase;
        this.alternatives = alternatives;
        this.selector = new SentenceSelector(maxSentences, figureReader);
    }

    @Override
    public Answer answer(Question question) {
        return compose(retrieve(question));
    }

    /** Retrieval for a question; model-backed answerers reuse it so the question is analysed once. */
    public Retrieval retrieve(Question question) {
        KnowledgeIndex index = knowledgeBase.current();
        AnalyzedQuestion analyzed =
                questionAnalyzer.analyze(FollowUpQuestion.retrievalText(question), question.languageHint(), index);
        return retriever.retrieve(analyzed, index);
    }

    /** The language an answer to the retrieved question is written in: the question's, when Docket speaks it. */
    public String languageOf(Retrieval retrieval) {
        String language = retrieval.question().language();
        return Phrases.speaks(language) ? language : Phrases.FALLBACK;
    }

    /** The extractive answer for what retrieval found. */
    public Answer compose(Retrieval retrieval) {
        AnalyzedQuestion question = retrieval.question();
        String language = languageOf(retrieval);
        KnowledgeIndex index = retrieval.index();
        if (!retrieval.answerable() || retrieval.sentences().isEmpty()) {
            return refusal(question.text(), language, index);
        }
        SentenceSelector.Selection selection = selector.select(retrieval);
        List<Citation> citations = new ArrayList<>();
        for (ScoredSentence sentence : selection.sentences()) {
            SourceDocument document = sentence.document();
            var span = sentence.sentence().sentence();
            // The first quote opens with the sentence before it when it needs that one to say who it speaks of.
            int start = citations.isEmpty() && selection.before() != null
                    ? selection.before().sentence().sentence().start() : span.start();
            citations.add(citationOf(citations.size() + 1, document, document.text().substring(start, span.end()),
                    start, span.end()));
        }
        boolean disagree = selection.disagree();
        if (question.kind() == QuestionKind.QUANTITY) {
            boolean duration = questionAnalyzer.asksDuration(question);
            leadInQuestionLanguage(citations, language, index, kind -> (kind == FigureKind.DURATION) == duration);
        }
        if (question.kind().asksForFigure()) {
            disagree |= addAlternatives(citations, question, index);
        }
        String summary = disagree ? alternatives.summary(index, citations, askedAbout(question, index)) : null;
        StringBuilder text = new StringBuilder(Phrases.say(language, disagree ? "intro.disagree" : "intro"));
        for (Citation citation : citations) {
            text.append(' ').append(citation.snippet()).append(" [").append(citation.n()).append(']');
        }
        return new Answer(question.text(), language, true, prefixed(question.language(), text.toString()),
                citations, ADAPTER, true, 0, summary);
    }

    /** A refusal in {@code language} that lists what the knowledge covers. */
    public Answer refusal(String question, String language, KnowledgeIndex index) {
        List<SourceDocument> documents = index.documents();
        String text = documents.isEmpty()
                ? Phrases.say(language, "no.knowledge")
                : Phrases.say(language, "refusal", covered(documents, language));
        return new Answer(question, language, false, text, List.of(), ADAPTER, false, 0);
    }

    private static String covered(List<SourceDocument> documents, String language) {
        int shown = Math.min(5, documents.size());
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            titles.add("\"" + documents.get(i).title() + "\"");
        }
        String list = String.join("; ", titles);
        return documents.size() > shown ? Phrases.say(language, "refusal.more", list, documents.size() - shown) : list;
    }

    private static String prefixed(String questionLanguage, String text) {
        return Phrases.speaks(questionLanguage) ? text : Phrases.say("en", "other.language") + " " + text;
    }

    /**
     * Adds a cited sentence for each other amount the sources give for a figure already quoted, so a disputed
     * figure is never shown alone. Returns whether any was added.
     */
    private boolean addAlternatives(List<Citation> citations, AnalyzedQuestion question, KnowledgeIndex index) {
        ToDoubleFunction<String> asked = askedAbout(question, index);
        Set<String> quoted = new HashSet<>();
        citations.forEach(citation -> quoted.add(citation.source() + "@" + citation.start()));
        List<Figure> others = new ArrayList<>();
        for (Citation citation : List.copyOf(citations)) {
            for (Figure other : alternatives.otherValues(index,
                    citation.source(), citation.start(), citation.end(), question.language(), quoted, asked)) {
                if (others.size() < MAX_ALTERNATIVES && quoted.add(FigureAlternatives.key(other))) {
                    others.add(other);
                }
            }
        }
        for (Figure other : others) {
            SourceDocument document = index.document(other.source());
            if (document != null) {
                citations.add(citationOf(citations.size() + 1, document, other.sentence(), other.sentenceStart(),
                        other.sentenceEnd()));
            }
        }
        return !others.isEmpty();
    }

    /** How much a figure group's label is what the question asks about: the weight of the terms they share. */
    private ToDoubleFunction<String> askedAbout(AnalyzedQuestion question, KnowledgeIndex index) {
        return label -> questionAnalyzer.sharedTerms(label).stream()
                .filter(question.sharedTerms()::contains)
                .mapToDouble(index::idf)
                .sum();
    }

    /**
     * When the first quote is in another language than the question and another document states the same figure
     * in the question's language, that sentence leads instead. Only a figure of the kind asked counts: a duration
     * for "how long", another figure otherwise ("22 Züge" in a sentence that says "sieben Monate" for "how long"
     * does not bring in a sentence about 22 trains).
     */
    private void leadInQuestionLanguage(
            List<Citation> citations, String language, KnowledgeIndex index, Predicate<FigureKind> asked) {
        Citation first = citations.get(0);
        if (first.language().equals(language)) {
            return;
        }
        Figure same = alternatives.sameAmountIn(index, language, first.source(), first.start(), first.end(), asked);
        SourceDocument document = same == null ? null : index.document(same.source());
        boolean alreadyQuoted = same != null && citations.stream().anyMatch(citation ->
                citation.source().equals(same.source()) && citation.start() == same.sentenceStart());
        if (document != null && !alreadyQuoted) {
            List<Citation> renumbered = new ArrayList<>();
            renumbered.add(citationOf(1, document, same.sentence(), same.sentenceStart(), same.sentenceEnd()));
            for (Citation citation : citations) {
                renumbered.add(citationOf(renumbered.size() + 1, index.document(citation.source()), citation.snippet(),
                        citation.start(), citation.end()));
            }
            citations.clear();
            citations.addAll(renumbered.subList(0, Math.min(renumbered.size(), MAX_QUOTES)));
        }
    }

    private static Citation citationOf(int n, SourceDocument document, String snippet, int start, int end) {
        return new Citation(n, document.title(), document.outlet(), document.source(), document.url(),
                document.language(), snippet, start, end);
    }
}
