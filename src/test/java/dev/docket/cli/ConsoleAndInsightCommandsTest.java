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
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The console's commands, then {@code stats} and {@code log} over what the console asked, on the shipped knowledge. */
final class ConsoleAndInsightCommandsTest {

    @TempDir
    Path data;

    @Test
    void should_know_its_commands_ignore_empty_lines_and_report_the_questions_in_stats_and_log() throws Exception {
        String typed = "help\n\n   \nSOURCES\nHow much did the outage cost Delta?\nWhat is the capital of Australia?\n"
                + "what is the capital city of Australia\nQuit\nnever asked\n";

        String console = run(typed, "console");

        assertTrue(console.contains("sources        the articles Docket knows"), console);
        assertTrue(console.contains("SecureWorld News"), console);
        assertTrue(console.contains("$500 million") || console.contains("500"), console);
        assertFalse(console.contains("never asked"), console);
        JsonNode stats = new ObjectMapper().readTree(run("", "stats", "--json"));
        assertEquals(3, stats.get("questions").asInt(), stats.toString());
        assertEquals(1, stats.get("answered").asInt(), stats.toString());
        assertEquals(1, stats.get("unanswered").size(), "the two capital questions ask the same: " + stats);
        assertEquals(2, stats.get("unanswered").get(0).get("count").asInt(), stats.toString());
        assertEquals(1, stats.get("days").size(), stats.toString());
        String log = run("", "log");
        assertEquals(3, log.lines().count(), log);
        assertTrue(log.contains(" console ") && log.contains("unanswered"), log);
    }

    @Test
    void should_quit_at_the_end_of_input_as_on_ctrl_d() throws Exception {
        String console = run("How much did the outage cost Delta?\n", "console");

        assertTrue(console.contains("Sources:"), console);
    }

    private String run(String input, String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = DocketCommand.commandLine(
                Map.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        String[] all = new String[arguments.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        int exitCode = commandLine.execute(all);
        assertEquals(0, exitCode, err.toString());
        return out.toString();
    }
}
