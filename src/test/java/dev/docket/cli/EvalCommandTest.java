package dev.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code eval --json} on a small set over the shipped knowledge. */
final class EvalCommandTest {

    @TempDir
    Path folder;

    @Test
    void should_print_one_json_object_with_every_score_when_asked_for_json() throws Exception {
        Path set = Files.writeString(folder.resolve("set.yaml"), String.join("\n", "cases:",
                "  - {id: a, language: en, style: formal, question: \"How many flights did Delta cancel?\","
                        + " answerable: true, expect: [\"5000\", \"5500\", \"6000\"],"
                        + " sources: [knowledge/en-secureworld-delta-crowdstrike-clash-over-outage.md]}",
                "  - {id: b, language: fr, style: off-topic, question: \"Quel temps fera-t-il demain ?\","
                        + " answerable: false}", ""));
        StringWriter out = new StringWriter();
        CommandLine commandLine = DocketCommand.commandLine(Map.of(), new ByteArrayInputStream(new byte[0]));
        commandLine.setOut(new PrintWriter(out));

        int exit = commandLine.execute("--data", folder.resolve("data").toString(), "eval", "--json", "--set",
                set.toString());

        assertEquals(0, exit);
        List<String> lines = out.toString().lines().toList();
        assertEquals(1, lines.size(), out.toString());
        JsonNode report = new ObjectMapper().readTree(lines.get(0));
        assertEquals(2, report.get("overall").get("n").asInt());
        assertEquals(1, report.get("overall").get("answerable").asInt());
        assertEquals(5, report.get("recallDepth").asInt());
        assertEquals(1, report.get("languages").get("fr").get("n").asInt());
        assertTrue(report.get("styles").has("formal"), report.toString());
        assertTrue(report.get("styles").has("off-topic"), report.toString());
        assertEquals(1, report.get("languageStyles").get("en").get("formal").get("retrieved").asInt()
                + report.get("notRetrieved").size());
        assertTrue(report.get("unanswerableRefused").has("accuracy"), report.toString());
        assertTrue(report.get("failed").isArray(), report.toString());
    }

    @Test
    void should_say_which_file_is_missing_and_exit_2_when_the_set_does_not_exist() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = DocketCommand.commandLine(Map.of(), new ByteArrayInputStream(new byte[0]));
        commandLine.setErr(new PrintWriter(err));

        int exit = commandLine.execute("--data", folder.resolve("data").toString(), "eval", "--set",
                folder.resolve("nope.yaml").toString());

        assertEquals(2, exit);
        assertTrue(err.toString().contains("nope.yaml does not exist; give a YAML file with --set"), err.toString());
    }
}
