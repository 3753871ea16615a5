package dev.docket.app;

import dev.docket.config.DocketConfig;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;

/** Builds real applications (real H2, Lucene and embedding model) over temporary folders for tests. */
public final class TestApplications {

    private TestApplications() {}

    public static Application open(Path knowledge, Path data) {
        return Application.build(DocketConfig.defaults().withKnowledge(knowledge).withData(data));
    }

    /** As {@link #open(Path, Path)} with {@code embeddingModel} in place of the default one. */
    public static Application open(Path knowledge, Path data, EmbeddingModel embeddingModel) {
        return Application.build(DocketConfig.defaults().withKnowledge(knowledge).withData(data), Map.of(),
                embeddingModel, Clock.systemUTC());
    }

    /**
     * An application, loaded, over one article written to {@code folder}'s {@code knowledge/} as {@code fileName},
     * with its data in {@code folder}'s {@code data/}.
     */
    public static Application loadedWithArticle(Path folder, String fileName, String article) throws IOException {
        Path knowledge = Files.createDirectories(folder.resolve("knowledge"));
        Files.writeString(knowledge.resolve(fileName), article);
        Application application = open(knowledge, folder.resolve("data"));
        application.reloader().reload();
        return application;
    }

    /** A copy of the shipped {@code knowledge/} folder under {@code parent}, safe to modify. */
    public static Path copyOfShippedKnowledge(Path parent) throws IOException {
        Path copy = Files.createDirectories(parent.resolve("knowledge"));
        try (Stream<Path> files = Files.list(Path.of("knowledge"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }
}
