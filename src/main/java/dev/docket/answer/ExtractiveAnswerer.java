package dev.docket.answer;

import dev.docket.knowledge.SourceDocument;
import dev.docket.retrieval.AnalyzedQuestion;
import dev.docket.retrieval.KnowledgeBase;
import dev.docket.retrieval.QuestionAnalyzer;
import dev.docket.retrieval.Retrieval;
import dev.docket.retrieval.Retriever;
import dev.docket.retrieval.ScoredSentence;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline answerer: quotes one to three sentences of the best passages verbatim, each followed by its
 * citation number, introduced in the question's language. When the quoted sentences come from different
 * documents and state different numbers, the introduction says the sources differ. When retrieval finds nothing
 * relevant, the answer is a refusal that lists what the knowledge covers.
 */
public final class ExtractiveAnswerer implements Answerer {

    public static final String ADAPTER = "extractive";

    private final QuestionAnalyzer questionAnalyzer;
    private final Retriever retriever;
    private final KnowledgeBase knowledgeBase;
    private final SentenceSelector selector;

    public ExtractiveAnswerer(
            QuestionAnalyzer questionAnalyzer, Retriever retriever, KnowledgeBase knowledgeBase, int maxSentences) {
        this.questionAnalyzer = questionAnalyzer;
        this.retriever = retriever;
        this.knowledgeBase = knowledgeBase;
        this.selector = new SentenceSelector(maxSentences);
    }

    @Override
    public Answer answer(Question question) {
        return compose(retrieve(question));
    }

    /** Retrieval for a question; model-backed answerers reuse it so the question is analysed once. */
    public Retrieval retrieve(Question question) {
        AnalyzedQuestion analyzed = questionAnalyzer.analyze(question.text(), question.languageHint());
        return retriever.retrieve(analyzed);
    }

    /** The extractive answer for what retrieval found. */
    public Answer compose(Retrieval retrieval) {
        AnalyzedQuestion question = retrieval.question();
        String language = Phrases.speaks(question.language()) ? question.language() : "en";
        if (!retrieval.answerable() || retrieval.sentences().isEmpty()) {
            return refusal(question.text(), language);
        }
        SentenceSelector.Selection selection = selector.select(retrieval);
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder(Phrases.say(language, selection.disagree() ? "intro.disagree" : "intro"));
        for (ScoredSentence sentence : selection.sentences()) {
            Citation citation = citationOf(citations.size() + 1, sentence);
            citations.add(citation);
            text.append(' ').append(citation.snippet()).append(" [").append(citation.n()).append(']');
        }
        return new Answer(question.text(), language, true, prefixed(question.language(), text.toString()),
                citations, ADAPTER, true, 0);
    }

    /** A refusal in {@code language} that lists what the knowledge covers. */
    public Answer refusal(String question, String language) {
        List<SourceDocument> documents = knowledgeBase.current().documents();
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

    private static Citation citationOf(int n, ScoredSentence sentence) {
        SourceDocument document = sentence.document();
        var span = sentence.sentence().sentence();
        return new Citation(n, document.title(), document.outlet(), document.source(), document.url(),
                document.language(), span.text(), span.start(), span.end());
    }
}
