package dev.docket.bench;

import dev.docket.answer.Answer;
import dev.docket.answer.Citation;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.loader.FileSystemDocumentLoader;
import dev.langchain4j.data.document.parser.TextDocumentParser;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.content.retriever.EmbeddingStoreContentRetriever;
import dev.langchain4j.rag.query.Query;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.Path;
import java.util.List;

/**
 * The plain LangChain4j "Easy RAG" pipeline the bench compares Docket with: files loaded as text, split by
 * {@code DocumentSplitters.recursive(300, 30, HuggingFaceTokenCountEstimator)} (Easy RAG's default splitter), embedded
 * into an {@link InMemoryEmbeddingStore} (what {@code EmbeddingStoreIngestor} does without transformers), retrieved by an {@link EmbeddingStoreContentRetriever} with its defaults.
 * Without a language model the answer is the top segment, cited by its file; it never refuses.
 */
final class EasyRagBaseline {

    static final String ADAPTER = "easy-rag";

    private final ContentRetriever retriever;
    private final String folderName;
    private final int segments;

    private EasyRagBaseline(ContentRetriever retriever, String folderName, int segments) {
        this.retriever = retriever;
        this.folderName = folderName;
        this.segments = segments;
    }

    /** Ingests {@code knowledge}; {@code ingestModel} embeds segments, {@code queryModel} the questions. */
    static EasyRagBaseline ingest(Path knowledge, EmbeddingModel ingestModel, EmbeddingModel queryModel) {
        List<Document> documents = FileSystemDocumentLoader.loadDocuments(knowledge, new TextDocumentParser());
        InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
        DocumentSplitter splitter = DocumentSplitters.recursive(300, 30, new HuggingFaceTokenCountEstimator());
        List<TextSegment> segments = splitter.splitAll(documents);
        store.addAll(ingestModel.embedAll(segments).content(), segments);
        ContentRetriever retriever = EmbeddingStoreContentRetriever.builder()
                .embeddingStore(store)
                .embeddingModel(queryModel)
                .build();
        Path name = knowledge.toAbsolutePath().normalize().getFileName();
        return new EasyRagBaseline(retriever, name == null ? "" : name.toString(), segments.size());
    }

    List<Content> retrieve(String question) {
        return retriever.retrieve(Query.from(question));
    }

    /** The top segment as the answer, cited by its file. */
    Answer answer(String question) {
        List<Content> contents = retrieve(question);
        if (contents.isEmpty()) {
            return new Answer(question, "en", false, "", List.of(), ADAPTER, false, 0);
        }
        TextSegment top = contents.get(0).textSegment();
        String source = folderName + "/" + top.metadata().getString(Document.FILE_NAME);
        Citation citation = new Citation(1, source, null, source, null, null, top.text(), 0, top.text().length());
        return new Answer(question, "en", true, top.text(), List.of(citation), ADAPTER, false, 0);
    }

    int segments() {
        return segments;
    }
}
