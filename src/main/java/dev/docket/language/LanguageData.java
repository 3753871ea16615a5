package dev.docket.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files of {@code language/}: '#' starts a comment line, blank lines are skipped. */
public final class LanguageData {

    private LanguageData() {}

    /** The rows of {@code resource}, each with exactly {@code columns} cells; a line with another count is an error. */
    public static List<String[]> rows(String resource, int columns) {
        InputStream in = LanguageData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath; rebuild the jar");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": line '" + line + "' needs " + columns
                            + " tab-separated columns");
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " could not be read", e);
        }
        return rows;
    }
}
