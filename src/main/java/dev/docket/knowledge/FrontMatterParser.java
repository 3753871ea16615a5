package dev.docket.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a text file into its optional front matter and the offset where the body starts. */
final class FrontMatterParser {

    private static final Pattern HEADER = Pattern.compile("\\A---\\r?\\n(.*?)\\r?\\n---[ \\t]*(\\r?\\n|\\z)", Pattern.DOTALL);

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);

    /** The parsed header and where the body begins (0 when there is no header). */
    record Parsed(FrontMatter frontMatter, int bodyStart) {}

    Parsed parse(String text) throws UnreadableFileException {
        Matcher matcher = HEADER.matcher(text);
        if (!matcher.find()) {
            return new Parsed(FrontMatter.NONE, 0);
        }
        String header = matcher.group(1);
        if (header.isBlank()) {
            return new Parsed(FrontMatter.NONE, matcher.end());
        }
        JsonNode tree;
        try {
            tree = yaml.readTree(header);
        } catch (JsonProcessingException e) {
            throw new UnreadableFileException("front matter is not valid YAML (" + firstLine(e.getOriginalMessage())
                    + locationOf(e) + ")");
        }
        try {
            FrontMatter frontMatter = tree == null || tree.isNull() ? null : yaml.treeToValue(tree, FrontMatter.class);
            return new Parsed(frontMatter == null ? FrontMatter.NONE : frontMatter, matcher.end());
        } catch (UnrecognizedPropertyException e) {
            throw new UnreadableFileException("front matter has unknown key '" + e.getPropertyName()
                    + "' (allowed: title, outlet, language, date, url)");
        } catch (MismatchedInputException e) {
            throw new UnreadableFileException(e.getPath().isEmpty()
                    ? "front matter must be keys with values (title: ..., date: ...)"
                    : "front matter key '" + keyOf(e) + "' must be a single text value, not a list or a mapping");
        } catch (JsonProcessingException e) {
            throw new UnreadableFileException("front matter could not be read (" + firstLine(e.getOriginalMessage())
                    + ")");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().lines().findFirst().orElse("");
    }

    private static String keyOf(MismatchedInputException e) {
        return e.getPath().isEmpty() ? "?" : e.getPath().get(e.getPath().size() - 1).getFieldName();
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : ", line " + (e.getLocation().getLineNr() + 1);
    }
}
