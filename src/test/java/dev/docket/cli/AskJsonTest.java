package dev.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class AskJsonTest {

    @TempDir
    Path data;

    @Test
    void should_print_one_json_object_per_question_with_exact_snippets() throws Exception {
        String questions = "How much did the outage cost Delta?\n\nWhat is the capital of Australia?\n";
        StringWriter out = new StringWriter();
        CommandLine commandLine = DocketCommand.commandLine(
                Map.of(), new ByteArrayInputStream(questions.getBytes(StandardCharsets.UTF_8)));
        commandLine.setOut(new PrintWriter(out));

        int exitCode = commandLine.execute("--data", data.toString(), "ask", "--json", "-");

        List<String> lines = out.toString().lines().toList();
        assertEquals(0, exitCode);
        assertEquals(2, lines.size(), out.toString());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode answered = mapper.readTree(lines.get(0));
        assertEquals(List.of("question", "language", "answered", "answer", "citations", "millis", "adapter",
                "grounded"), List.copyOf(iterable(answered.fieldNames())));
        assertTrue(answered.get("answered").asBoolean());
        assertEquals("en", answered.get("language").asText());
        JsonNode citation = answered.get("citations").get(0);
        String file = Files.readString(Path.of(citation.get("source").asText()), StandardCharsets.UTF_8);
        assertTrue(file.contains(citation.get("snippet").asText()));
        assertFalse(mapper.readTree(lines.get(1)).get("answered").asBoolean());
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> items = new java.util.ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }
}
