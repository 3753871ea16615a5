package dev.docket.app;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The quantized all-MiniLM-L6-v2 model LangChain4j ships ({@link AllMiniLmL6V2QuantizedEmbeddingModel}: same
 * model file, tokenizer and mean pooling, so the same vectors), run by an ONNX session that suits many texts at
 * once on few cores: each text runs on one thread, texts run in parallel, one per core, and idle threads sleep
 * instead of spinning. LangChain4j's default session gives every text all cores and spins while waiting, so two
 * texts in parallel fight over two cores; this session embeds 1.4 to 2.5 times as many texts per second here.
 */
public final class MiniLmEmbeddingModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final OnnxBertBiEncoder encoder;

    private MiniLmEmbeddingModel(OnnxBertBiEncoder encoder, Executor executor) {
        super(executor);
        this.encoder = encoder;
    }

    /** Loads the model from the jar; takes about a second. */
    public static MiniLmEmbeddingModel load() {
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicInteger threads = new AtomicInteger();
        Executor executor = Executors.newFixedThreadPool(cores, runnable -> {
            Thread thread = new Thread(runnable, "embedding-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try (InputStream tokenizer = resource(TOKENIZER)) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            return new MiniLmEmbeddingModel(
                    new OnnxBertBiEncoder(environment, session(environment), tokenizer, PoolingMode.MEAN), executor);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedding model's tokenizer could not be read from the jar", e);
        }
    }

    /**
     * The whole words of the model's tokenizer vocabulary (WordPiece tokens that are not word pieces), folded to
     * lower case: about 20,000 real, mostly English words. Spelling correction leaves them alone, so "bring" is
     * not "corrected" to a word the articles use. Read once, on the first call.
     */
    public static Set<String> vocabularyWords() {
        return Vocabulary.WORDS;
    }

    /** Holds the vocabulary, read when first used: the JVM initializes this class on first access, once. */
    private static final class Vocabulary {
        static final Set<String> WORDS = read();
    }

    private static Set<String> read() {
        try (InputStream tokenizer = resource(TOKENIZER)) {
            Set<String> words = new HashSet<>();
            new ObjectMapper().readTree(tokenizer).path("model").path("vocab").fieldNames().forEachRemaining(token -> {
                if (token.chars().allMatch(Character::isLetter)) {
                    words.add(token.toLowerCase(Locale.ROOT));
                }
            });
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("the embedding model's tokenizer could not be read from the jar", e);
        }
    }

    private static OrtSession session(OrtEnvironment environment) throws IOException {
        try (InputStream model = resource(MODEL);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            return environment.createSession(model.readAllBytes(), options);
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model could not be loaded (" + e.getMessage() + ")", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing from the jar; rebuild it with mvn package");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return DIMENSION;
    }
}
