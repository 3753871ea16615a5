package dev.docket.retrieval;

import dev.docket.config.RetrievalConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnByteVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hybrid retrieval: Lucene BM25 over every language's field and the language-neutral shared field, and the
 * embedding's nearest passages (HNSW), fused by reciprocal rank; then sentences of the best passages are ranked
 * and the answerability decision is made.
 */
public final class HybridRetriever implements Retriever {

    private static final Logger log = LoggerFactory.getLogger(HybridRetriever.class);

    /** Passages whose sentences are ranked: the best by fused rank, plus the best of each ranking alone. */
    private static final int PASSAGES_TO_READ = 8;
    private static final int BEST_OF_EACH_RANKING = 5;
    /**
     * Passages read for holding one of the sentences closest to the question (3 did better than 5 on the readable
     * case files: more passages lend unanswerable questions evidence), found among this many nearest sentences.
     */
    private static final int SENTENCE_PASSAGES = 3;
    private static final int NEAREST_SENTENCES = 20;
    /**
     * Passages read from each language other than the question's, the best by the lexical query among that
     * language's passages alone: the question's own words rank its language's passages first, and a fact stated only
     * in another language is matched there by concepts and names alone.
     */
    private static final int PASSAGES_PER_OTHER_LANGUAGE = 2;
    /** Passages read for stating a time of day, for a question asking for one; the same for a sum of money. */
    private static final int CLOCK_TIME_PASSAGES = 3;
    private static final int MONEY_PASSAGES = 3;
    /** How many passages that count what a "how many" question counts are read besides the best. */
    private static final int COUNTING_PASSAGES = 3;
    /** The weight of a concept of the question's concepts' families in the lexical query (the question's own: 1.5). */
    private static final float RELATED_BOOST = 0.5f;

    private final KnowledgeBase knowledgeBase;
    private final FieldAnalyzers analyzers;
    private final RetrievalConfig config;
    private final ReciprocalRankFusion fusion;
    private final Answerability answerability;
    private final ConceptVectors concepts;

    public HybridRetriever(
            KnowledgeBase knowledgeBase, FieldAnalyzers analyzers, RetrievalConfig config, ConceptVectors concepts) {
        this.concepts = concepts;
        this.knowledgeBase = knowledgeBase;
        this.analyzers = analyzers;
        this.config = config;
        this.fusion = new ReciprocalRankFusion(config.rrfK());
        this.answerability = new Answerability(config);
    }

    @Override
    public Retrieval retrieve(AnalyzedQuestion question, KnowledgeIndex index) {
        if (index.isEmpty()) {
            return Retrieval.nothing(question, index);
        }
        try {
            IndexSearcher searcher = index.searcher();
            StoredFields storedFields = searcher.storedFields();
            Query lexicalQuery = lexicalQuery(question);
            List<Integer> lexical = ranking(searcher, storedFields, index, lexicalQuery, config.lexicalTopK());
            // The question's vector and its English gloss's, as the graphs hold them: quantized once per question.
            byte[] asked = CompactVector.of(question.vector()).bytes();
            byte[] askedGloss =
                    question.glossVector() == null ? null : CompactVector.of(question.glossVector()).bytes();
            Query dense = new KnnByteVectorQuery(KnowledgeIndex.VECTOR, asked, config.denseTopK());
            List<Integer> semantic = ranking(searcher, storedFields, index, dense, config.denseTopK());
            List<List<Integer>> rankings = new ArrayList<>(List.of(lexical, semantic));
            List<Integer> viaPassageGlosses = List.of();
            if (question.glossVector() == null) {
                Query glosses = new KnnByteVectorQuery(KnowledgeIndex.GLOSS_VECTOR, asked, BEST_OF_EACH_RANKING);
                viaPassageGlosses = ranking(searcher, storedFields, index, glosses, BEST_OF_EACH_RANKING);
            } else {
                Query glossed = new KnnByteVectorQuery(KnowledgeIndex.VECTOR, askedGloss, config.denseTopK());
                List<Integer> viaGloss = ranking(searcher, storedFields, index, glossed, config.denseTopK());
                rankings.add(viaGloss);
                semantic = viaGloss.size() > 0 ? merged(semantic, viaGloss) : semantic;
            }
            Map<Integer, Double> fused = fusion.fuse(rankings);
            Set<Integer> best = new LinkedHashSet<>();
            fused.entrySet().stream()
                    .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed())
                    .limit(PASSAGES_TO_READ)
                    .forEach(entry -> best.add(entry.getKey()));
            best.addAll(lexical.subList(0, Math.min(BEST_OF_EACH_RANKING, lexical.size())));
            best.addAll(semantic.subList(0, Math.min(BEST_OF_EACH_RANKING, semantic.size())));
            best.addAll(viaPassageGlosses);
            List<Integer> inOtherLanguages =
                    bestInOtherLanguages(searcher, storedFields, index, question, lexicalQuery);
            best.addAll(inOtherLanguages);
            List<Integer> viaSentences = passagesOfNearestSentences(searcher, storedFields, index, asked, askedGloss);
            best.addAll(viaSentences);
            SentenceRanker ranker = new SentenceRanker(index, question, answerability, concepts, analyzers);
            Query askedQuery = askedAboutQuery(ranker.askedAbout(), lexicalQuery);
            List<Integer> statingAsked = askedQuery == null ? List.of()
                    : ranking(searcher, storedFields, index, askedQuery, BEST_OF_EACH_RANKING);
            best.addAll(statingAsked);
            List<Integer> statingClockTime = question.asksClockTime()
                    ? ranking(searcher, storedFields, index, statingQuery(KnowledgeIndex.CLOCK_TIME, lexicalQuery),
                            CLOCK_TIME_PASSAGES)
                    : List.of();
            best.addAll(statingClockTime);
            // "wie viel Kohle wollen die": the sum is stated in words the question doesn't use ("Schadenersatz").
            List<Integer> statingMoney = ranker.asksMoney()
                    ? ranking(searcher, storedFields, index, statingQuery(KnowledgeIndex.MONEY, lexicalQuery),
                            MONEY_PASSAGES)
                    : List.of();
            best.addAll(statingMoney);
            // "combien d'infirmières ont démissionné": the count is stated with words the question doesn't use.
            String counted = ranker.askedCount();
            List<Integer> countingAsked = counted == null ? List.of() : ranking(searcher, storedFields, index,
                    requiringQuery(KnowledgeIndex.COUNTS, counted, lexicalQuery), COUNTING_PASSAGES);
            best.addAll(countingAsked);
            List<Integer> givingRole = ranker.passagesGivingAskedRole(fused, BEST_OF_EACH_RANKING);
            best.addAll(givingRole);
            best.addAll(ranker.passagesMeasuringTheCaseSpan(BEST_OF_EACH_RANKING));
            if (log.isTraceEnabled()) {
                log.trace("passages by lexical rank {}, by dense rank {}, by passage gloss {}, "
                        + "by nearest sentences {}, best in other languages {}, "
                        + "stating what is asked {}, stating a time of day {}, stating a sum {}, "
                        + "counting what is asked {}, giving the asked role {}; read {}",
                        named(index, lexical), named(index, semantic), named(index, viaPassageGlosses),
                        named(index, viaSentences), named(index, inOtherLanguages), named(index, statingAsked),
                        named(index, statingClockTime), named(index, statingMoney),
                        named(index, countingAsked), named(index, givingRole), named(index, List.copyOf(best)));
            }
            return ranker.rank(List.copyOf(best), fused);
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory index search failed", e);
        }
    }

    /**
     * The passages holding the sentences nearest the question (HNSW over {@link KnowledgeIndex#SENTENCE_VECTOR}):
     * by the question's vector or its English gloss against the sentences, or the question against the sentences'
     * English glosses; the best {@value #SENTENCE_PASSAGES} passages, by their nearest sentence.
     */
    private static List<Integer> passagesOfNearestSentences(IndexSearcher searcher, StoredFields storedFields,
            KnowledgeIndex index, byte[] asked, byte[] askedGloss) throws IOException {
        Query byGloss = askedGloss == null
                ? new KnnByteVectorQuery(KnowledgeIndex.SENTENCE_GLOSS_VECTOR, asked, NEAREST_SENTENCES)
                : new KnnByteVectorQuery(KnowledgeIndex.SENTENCE_VECTOR, askedGloss, NEAREST_SENTENCES);
        List<ScoreDoc> hits = new ArrayList<>();
        hits.addAll(List.of(searcher.search(
                new KnnByteVectorQuery(KnowledgeIndex.SENTENCE_VECTOR, asked, NEAREST_SENTENCES), NEAREST_SENTENCES)
                .scoreDocs));
        hits.addAll(List.of(searcher.search(byGloss, NEAREST_SENTENCES).scoreDocs));
        hits.sort(Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed());
        Set<Integer> passageIds = new LinkedHashSet<>();
        for (ScoreDoc hit : hits) {
            if (passageIds.size() == SENTENCE_PASSAGES) {
                break;
            }
            passageIds.add(index.passageIdOf(storedFields, hit.doc));
        }
        return List.copyOf(passageIds);
    }

    /** Passages as "file name prefix#ordinal", for the trace log. */
    private static List<String> named(KnowledgeIndex index, List<Integer> passageIds) {
        return passageIds.stream().map(index.passages()::get)
                .map(passage -> passage.document().source().replaceAll(".*/", "").replaceAll("^(.{12}).*", "$1")
                        + "#" + passage.passage().ordinal())
                .toList();
    }

    /** Both rankings interleaved, first appearance wins: the best of each ranking stays near the top. */
    private static List<Integer> merged(List<Integer> first, List<Integer> second) {
        Set<Integer> merged = new LinkedHashSet<>();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            if (i < first.size()) {
                merged.add(first.get(i));
            }
            if (i < second.size()) {
                merged.add(second.get(i));
            }
        }
        return List.copyOf(merged);
    }

    private Query lexicalQuery(AnalyzedQuestion question) {
        QueryBuilder builder = new QueryBuilder(analyzers);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String field : analyzers.textFields()) {
            Query clause = builder.createBooleanQuery(field, question.topicText(), BooleanClause.Occur.SHOULD);
            if (clause != null) {
                query.add(clause, BooleanClause.Occur.SHOULD);
            }
        }
        Query shared = builder.createBooleanQuery(FieldAnalyzers.SHARED, question.searchText(), BooleanClause.Occur.SHOULD);
        if (shared != null) {
            query.add(new BoostQuery(shared, 1.5f), BooleanClause.Occur.SHOULD);
        }
        question.sharedTerms().stream().flatMap(term -> analyzers.relatedTerms(term).stream()).distinct()
                .filter(related -> !question.sharedTerms().contains(related))
                .forEach(related -> query.add(new BoostQuery(new TermQuery(new Term(FieldAnalyzers.SHARED, related)),
                        RELATED_BOOST), BooleanClause.Occur.SHOULD));
        return query.build();
    }

    /**
     * The lexical query restricted to passages that state {@code asked}, what the question asks about ({@link
     * SentenceRanker#askedAbout()}), or a near-synonym; null when it asks about no such thing. The names of the
     * question, stated in nearly every passage of a case file, would otherwise bury a passage that gives the role in
     * another language.
     */
    private Query askedAboutQuery(String asked, Query lexicalQuery) {
        return asked == null ? null : requiringQuery(FieldAnalyzers.SHARED, asked, lexicalQuery);
    }

    /**
     * The lexical query restricted to passages whose {@code field} holds {@code term} or a near-synonym of it: the
     * shared terms for what a question asks about, {@link KnowledgeIndex#COUNTS} for what a "how many" question
     * counts.
     */
    private Query requiringQuery(String field, String term, Query lexicalQuery) {
        BooleanQuery.Builder holding = new BooleanQuery.Builder();
        holding.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD);
        analyzers.relatedTerms(term).forEach(related ->
                holding.add(new TermQuery(new Term(field, related)), BooleanClause.Occur.SHOULD));
        return new BooleanQuery.Builder()
                .add(holding.build(), BooleanClause.Occur.MUST)
                .add(lexicalQuery, BooleanClause.Occur.SHOULD)
                .build();
    }

    /** The best passages by the lexical query in each language of the knowledge other than the question's. */
    private static List<Integer> bestInOtherLanguages(IndexSearcher searcher, StoredFields storedFields,
            KnowledgeIndex index, AnalyzedQuestion question, Query lexicalQuery) throws IOException {
        List<Integer> passages = new ArrayList<>();
        for (String language : index.languages()) {
            if (language.equals(question.language())) {
                continue;
            }
            Query inLanguage = new BooleanQuery.Builder()
                    .add(lexicalQuery, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(KnowledgeIndex.LANGUAGE, language)), BooleanClause.Occur.FILTER)
                    .build();
            passages.addAll(ranking(searcher, storedFields, index, inLanguage, PASSAGES_PER_OTHER_LANGUAGE));
        }
        return passages;
    }

    /**
     * The lexical query restricted to passages that state {@code kind} ({@link KnowledgeIndex#STATES}): a time of day
     * for a question that asks for one (the passage with "9.40 Uhr" may share no word with "wann fiel das System
     * aus"), a sum in a currency for one that asks for money.
     */
    private static Query statingQuery(String kind, Query lexicalQuery) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KnowledgeIndex.STATES, kind)), BooleanClause.Occur.MUST)
                .add(lexicalQuery, BooleanClause.Occur.SHOULD)
                .build();
    }

    private static List<Integer> ranking(
            IndexSearcher searcher, StoredFields storedFields, KnowledgeIndex index, Query query, int topK)
            throws IOException {
        List<Integer> passageIds = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, topK).scoreDocs) {
            passageIds.add(index.passageIdOf(storedFields, hit.doc));
        }
        return passageIds;
    }
}
