package dev.docket.retrieval;

import dev.docket.knowledge.Passage;
import dev.docket.knowledge.Sentence;
import dev.docket.knowledge.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnByteVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NoLockFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a {@link KnowledgeIndex} in memory: one Lucene document per passage with its language's text field,
 * the shared field and its vector (HNSW), plus sentence features for the answer ranking.
 */
public final class KnowledgeIndexBuilder {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeIndexBuilder.class);

    /** Two to five capitals standing alone: "EU", "NASA". */
    static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,5}\\b");

    private static final double WRITER_BUFFER_MB = 64;
    private static final KnnVectorsFormat SENTENCE_GRAPHS = new Lucene99HnswVectorsFormat(8, 16);

    private final FieldAnalyzers analyzers;
    private final SentenceFeatures features;
    private final EnglishGloss englishGloss;

    public KnowledgeIndexBuilder(FieldAnalyzers analyzers) {
        this.analyzers = analyzers;
        this.features = new SentenceFeatures(analyzers);
        this.englishGloss = new EnglishGloss(analyzers.lexicon());
    }

    /**
     * What a build needs embedded.
     *
     * @param texts in the order {@link #build} takes their vectors: each passage, then its sentences, each sentence
     *     followed by its English gloss when it has one ({@link EnglishGloss})
     * @param glossed for each sentence, in the same order, whether its gloss follows it
     */
    public record TextsToEmbed(List<String> texts, List<Boolean> glossed) {

        public TextsToEmbed {
            texts = List.copyOf(texts);
            glossed = List.copyOf(glossed);
        }
    }

    /**
     * The texts a build of {@code documents} needs embedded. Passages get no gloss: ranking by their gloss too
     * changed no answer of the evaluation sets and cost a fifth more embedding.
     */
    public TextsToEmbed textsToEmbed(List<SourceDocument> documents) {
        List<String> texts = new ArrayList<>();
        List<Boolean> glossed = new ArrayList<>();
        for (SourceDocument document : documents) {
            for (Passage passage : document.passages()) {
                texts.add(passage.text());
                for (Sentence sentence : passage.sentences()) {
                    texts.add(sentence.text());
                    String gloss = englishGloss.ofText(sentence.text(), document.language());
                    glossed.add(!gloss.isEmpty());
                    if (!gloss.isEmpty()) {
                        texts.add(gloss);
                    }
                }
            }
        }
        return new TextsToEmbed(texts, glossed);
    }

    /** The index of {@code documents}, given {@code texts} to embed for them and their vectors, in order. */
    public KnowledgeIndex build(List<SourceDocument> documents, TextsToEmbed texts, List<float[]> vectors) {
        Iterator<float[]> next = vectors.iterator();
        Iterator<Boolean> glossed = texts.glossed().iterator();
        List<IndexedPassage> passages = new ArrayList<>();
        Map<String, Integer> termToSentenceCount = new HashMap<>();
        int sentenceCount = 0;
        Map<String, Set<String>> languageToWords = new HashMap<>();
        SharedAnalyses analyses = new SharedAnalyses(features);
        Path folder = temporaryFolder();
        // Not closed with the writer: the reader's open files outlive it, and it holds nothing else.
        Directory directory = mmap(folder);
        try (IndexWriter writer = new IndexWriter(directory, writerConfig())) {
            for (SourceDocument document : documents) {
                // A headline's words are words of the knowledge too ("X verklagt Y" where the text only says
                // "reichte Klage ein"): known, though no sentence counts them, so their weight stays the sentences'.
                features.sharedTerms(document.title()).forEach(term -> termToSentenceCount.putIfAbsent(term, 0));
                Set<String> words = languageToWords.computeIfAbsent(document.language(), language -> new HashSet<>());
                analyzers.words(document.title()).forEach(word -> words.add(analyses.term(word)));
                for (Passage passage : document.passages()) {
                    float[] vector = next.next();
                    List<IndexedSentence> sentences = new ArrayList<>();
                    float[] glossSum = null;
                    for (Sentence sentence : passage.sentences()) {
                        float[] sentenceVector = next.next();
                        float[] glossVector = glossed.next() ? next.next() : null;
                        glossSum = sum(glossSum, glossVector);
                        IndexedSentence indexed =
                                analyses.analyse(sentence, document.language(), sentenceVector, glossVector);
                        indexed.sharedTerms().forEach(term -> termToSentenceCount.merge(term, 1, Integer::sum));
                        sentences.add(indexed);
                        sentenceCount++;
                    }
                    CompactVector compact = analyses.compact(vector);
                    boolean statesMoney = sentences.stream().anyMatch(IndexedSentence::statesMoney);
                    Set<String> counted = new TreeSet<>();
                    sentences.forEach(sentence -> counted.addAll(sentence.countedTerms()));
                    writer.addDocument(luceneDocument(passages.size(), document.language(), passage, compact,
                            glossSum == null ? null : CompactVector.of(glossSum), statesMoney, counted));
                    for (IndexedSentence sentence : sentences) {
                        writer.addDocument(sentenceDocument(passages.size(), sentence));
                    }
                    analyzers.words(passage.text()).forEach(word -> words.add(analyses.term(word)));
                    acronyms(passage.text()).forEach(acronym -> words.add(analyses.term(acronym)));
                    passages.add(new IndexedPassage(document, passage, compact, sentences));
                }
            }
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            return new KnowledgeIndex(documents, passages, searcher, termToSentenceCount, sentenceCount,
                    languageToWords);
        } catch (IOException e) {
            throw new UncheckedIOException("the Lucene index could not be built in " + folder + " (" + e.getMessage()
                    + "); check the space and permissions of the temporary folder (java.io.tmpdir)", e);
        } finally {
            release(folder);
        }
    }

    /**
     * The writer's settings: the sentences' graphs ({@link KnowledgeIndex#SENTENCE_VECTOR}) are built with fewer
     * neighbours and a narrower search than the passages' (Lucene's defaults: 16 and 100). Each question only needs
     * their best few passages, and with the defaults a snapshot of 6,000 passages took nearly twice as long to build.
     * A larger buffer than the default 16 MB keeps such a snapshot in one segment, so no graph is merged.
     */
    private IndexWriterConfig writerConfig() {
        IndexWriterConfig config = new IndexWriterConfig(analyzers);
        config.setRAMBufferSizeMB(WRITER_BUFFER_MB);
        config.setCodec(new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                boolean sentences = field.equals(KnowledgeIndex.SENTENCE_VECTOR)
                        || field.equals(KnowledgeIndex.SENTENCE_GLOSS_VECTOR);
                return sentences ? SENTENCE_GRAPHS : super.getKnnVectorsFormatForField(field);
            }
        });
        return config;
    }

    /**
     * The acronyms of a text as written ("EU"), kept beside its lower-case words: some are function words of a
     * language ("EU" is French "eu", "US" English "us"), and a question naming one the knowledge never writes as
     * an acronym must still be told it names something unknown.
     */
    static Set<String> acronyms(String text) {
        Set<String> acronyms = new HashSet<>();
        Matcher acronym = ACRONYM.matcher(text);
        while (acronym.find()) {
            acronyms.add(acronym.group());
        }
        return acronyms;
    }

    /**
     * A new folder for one snapshot's index files. The files are memory-mapped (MMapDirectory), so the index
     * lives in the operating system's page cache, not on the Java heap.
     */
    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("docket-index-");
        } catch (IOException e) {
            throw new UncheckedIOException("no folder for the Lucene index could be made in the temporary folder"
                    + " (java.io.tmpdir: " + e.getMessage() + "); free space there or point it elsewhere", e);
        }
    }

    private static Directory mmap(Path folder) {
        try {
            return new MMapDirectory(folder, NoLockFactory.INSTANCE);
        } catch (IOException e) {
            throw new UncheckedIOException("the Lucene index folder " + folder + " could not be opened", e);
        }
    }

    /**
     * Deletes the index files once the reader has them open and mapped: the mapping keeps them readable until the
     * snapshot is garbage, so nothing is left behind when a reload replaces it or the process ends. Where open
     * files can't be deleted (Windows), they are deleted when the process exits.
     */
    private static void release(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                deleteOrLater(file);
            }
        } catch (IOException e) {
            log.debug("index folder {} could not be listed ({})", folder, e.toString());
        }
        deleteOrLater(folder);
    }

    private static void deleteOrLater(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }

    /**
     * The passage's vector goes into the HNSW graph as its bytes ({@link CompactVector}), compared by cosine, which
     * ignores each vector's scale: a quarter of the memory of floats, the same neighbours. A German or French
     * passage also goes into a second graph by the sum of its sentences' English glosses, where an English question
     * finds it.
     */
    private Document luceneDocument(int id, String language, Passage passage, CompactVector vector,
            CompactVector glossVector, boolean statesMoney, Set<String> counted) {
        Document document = new Document();
        document.add(new StoredField(KnowledgeIndex.PASSAGE_ID, id));
        document.add(new TextField(analyzers.textField(language), passage.text(), Field.Store.NO));
        document.add(new TextField(FieldAnalyzers.SHARED, analyzers.withSeparableVerbsJoined(language, passage.text()),
                Field.Store.NO));
        document.add(new TextField(FieldAnalyzers.WORDS, passage.text(), Field.Store.NO));
        document.add(new StringField(KnowledgeIndex.LANGUAGE, language, Field.Store.NO));
        document.add(new KnnByteVectorField(KnowledgeIndex.VECTOR, vector.bytes(), VectorSimilarityFunction.COSINE));
        if (analyzers.lexicon().statesClockTime(passage.text())) {
            document.add(new StringField(KnowledgeIndex.STATES, KnowledgeIndex.CLOCK_TIME, Field.Store.NO));
        }
        if (statesMoney) {
            document.add(new StringField(KnowledgeIndex.STATES, KnowledgeIndex.MONEY, Field.Store.NO));
        }
        counted.forEach(term -> document.add(new StringField(KnowledgeIndex.COUNTS, term, Field.Store.NO)));
        if (glossVector != null) {
            document.add(new KnnByteVectorField(
                    KnowledgeIndex.GLOSS_VECTOR, glossVector.bytes(), VectorSimilarityFunction.COSINE));
        }
        return document;
    }

    /**
     * A sentence's vectors, by which a question finds the passage that holds it
     * ({@link KnowledgeIndex#SENTENCE_VECTOR}): no text, so no lexical query matches it.
     */
    private static Document sentenceDocument(int passageId, IndexedSentence sentence) {
        Document document = new Document();
        document.add(new StoredField(KnowledgeIndex.PASSAGE_ID, passageId));
        document.add(new KnnByteVectorField(
                KnowledgeIndex.SENTENCE_VECTOR, sentence.embedding().bytes(), VectorSimilarityFunction.COSINE));
        if (sentence.glossEmbedding() != null) {
            document.add(new KnnByteVectorField(KnowledgeIndex.SENTENCE_GLOSS_VECTOR,
                    sentence.glossEmbedding().bytes(), VectorSimilarityFunction.COSINE));
        }
        return document;
    }

    /**
     * The sum of a passage's sentence gloss vectors so far (null while none has one): its direction is the gloss of
     * the whole passage as cosine sees it, with no further embedding.
     */
    private static float[] sum(float[] sum, float[] vector) {
        if (vector == null) {
            return sum;
        }
        float[] result = sum == null ? new float[vector.length] : sum;
        for (int i = 0; i < vector.length; i++) {
            result[i] += vector[i];
        }
        return result;
    }
}
