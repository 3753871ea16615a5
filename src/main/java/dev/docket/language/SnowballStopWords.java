package dev.docket.language;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/** Lucene's Snowball stop-word lists ({@code english_stop.txt}, {@code german_stop.txt}, ...), read from its jar. */
public final class SnowballStopWords {

    private SnowballStopWords() {}

    public static CharArraySet load(String file) {
        try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, file, StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene stop-word list " + file + " is missing from the classpath", e);
        }
    }
}
