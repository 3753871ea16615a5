package dev.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docket.answer.llm.FakeModelServer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ask --json -} with {@code DOCKET_LLM_*} pointing at a fake OpenAI-compatible server on 127.0.0.1. */
final class AskJsonLlmTest {

    private static final String QUESTION = "What losses did Delta estimate from the outage?";
    private static final Pattern SOURCE_STATING_LOSS =
            Pattern.compile("<source n=\"(\\d+)\">[^<]*\\$500 million[^<]*</source>");

    @TempDir
    Path data;

    @Test
    void should_print_the_model_answer_with_adapter_and_grounded_when_the_reply_is_grounded() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(FakeModelServer.Protocol.OPENAI)) {
            server.replyWith(prompt -> {
                Matcher source = SOURCE_STATING_LOSS.matcher(prompt);
                return source.find() ? "Delta estimated $500 million in losses [" + source.group(1) + "]." : "?";
            });

            JsonNode line = askOne(server);

            assertEquals("openai:fake-model", line.get("adapter").asText());
            assertTrue(line.get("grounded").asBoolean());
            assertEquals("Delta estimated $500 million in losses [1].", line.get("answer").asText());
            assertTrue(line.get("citations").get(0).get("snippet").asText().contains("$500 million"));
            assertTrue(server.lastPrompt().contains(QUESTION));
        }
    }

    @Test
    void should_print_the_extractive_answer_when_the_reply_invents_figures() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(FakeModelServer.Protocol.OPENAI)) {
            server.replyWith(prompt -> "Delta lost $900 million [1] and cancelled 9,999 flights [2].");

            JsonNode line = askOne(server);

            assertEquals("extractive", line.get("adapter").asText());
            assertFalse(line.get("answer").asText().contains("900 million"));
            assertFalse(line.get("answer").asText().contains("9,999"));
        }
    }

    @Test
    void should_print_the_extractive_answer_within_the_timeout_when_the_server_stalls() throws Exception {
        try (FakeModelServer server = FakeModelServer.start(FakeModelServer.Protocol.OPENAI)) {
            server.stall();

            JsonNode line = askOne(server);

            assertEquals("extractive", line.get("adapter").asText());
            assertTrue(line.get("answered").asBoolean());
            assertTrue(line.get("millis").asLong() < 2000 + 1000, line.toString());
        }
    }

    private JsonNode askOne(FakeModelServer server) throws Exception {
        Map<String, String> environment = Map.of(
                "DOCKET_LLM_PROVIDER", "openai",
                "DOCKET_LLM_BASE_URL", server.baseUrl(),
                "DOCKET_LLM_MODEL", "fake-model",
                "DOCKET_LLM_TIMEOUT", "2");
        StringWriter out = new StringWriter();
        CommandLine commandLine = DocketCommand.commandLine(
                environment, new ByteArrayInputStream((QUESTION + "\n").getBytes(StandardCharsets.UTF_8)));
        commandLine.setOut(new PrintWriter(out));

        int exitCode = commandLine.execute("--data", data.toString(), "ask", "--json", "-");

        List<String> lines = out.toString().lines().toList();
        assertEquals(0, exitCode);
        assertEquals(1, lines.size(), out.toString());
        return new ObjectMapper().readTree(lines.get(0));
    }
}
