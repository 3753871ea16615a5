package dev.docket.app;

import dev.docket.config.DocketConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Builds real applications (real H2, Lucene and embedding model) over temporary folders for tests. */
public final class TestApplications {

    private TestApplications() {}

    public static Application open(Path knowledge, Path data) {
        return Application.build(DocketConfig.defaults().withKnowledge(knowledge).withData(data));
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
