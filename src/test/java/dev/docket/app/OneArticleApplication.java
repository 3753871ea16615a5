package dev.docket.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real application over one article, for a test class: loaded before its tests, closed and deleted after them.
 * Register it as a static field with {@code @RegisterExtension}.
 */
public final class OneArticleApplication implements BeforeAllCallback, AfterAllCallback {

    private final String fileName;
    private final String article;
    private Path folder;
    private Application application;

    /** @param fileName the article's file name in {@code knowledge/} (its language prefix counts) */
    public OneArticleApplication(String fileName, String article) {
        this.fileName = fileName;
        this.article = article;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("docket-article-test-");
        application = TestApplications.loadedWithArticle(folder, fileName, article);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        application.close();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    public Application application() {
        return application;
    }
}
