package dev.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class StartupFaultsTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void should_start_and_say_it_has_no_knowledge_when_the_knowledge_folder_is_missing() {
        int exitCode = run("--knowledge", folder.resolve("missing").toString(), "--data", folder.resolve("data")
                .toString(), "ask", "How much did the outage cost Delta?");

        assertEquals(0, exitCode, err.toString());
        assertTrue(out.toString().contains("no knowledge"), out.toString());
    }

    @Test
    void should_refuse_a_reload_of_a_missing_folder_with_what_to_do() {
        int exitCode = run("--knowledge", folder.resolve("missing").toString(), "--data", folder.resolve("data")
                .toString(), "reload");

        assertEquals(2, exitCode);
        assertTrue(err.toString().contains("does not exist") && err.toString().contains("--knowledge"),
                err.toString());
    }

    @Test
    void should_stop_with_the_file_name_and_the_fix_when_the_database_is_corrupt() throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.writeString(data.resolve("docket.mv.db"), "H:2,block:not really a database".repeat(200));

        int exitCode = run("--data", data.toString(), "ask", "How much did the outage cost Delta?");

        assertEquals(2, exitCode);
        assertTrue(err.toString().startsWith("docket: " + data.resolve("docket.mv.db")), err.toString());
        assertTrue(err.toString().contains("move it away and run 'reload'"), err.toString());
    }

    @Test
    void should_stop_with_the_missing_file_named_when_config_names_a_file_that_does_not_exist() {
        Path missing = folder.resolve("no-such-docket.yaml");

        int exitCode = run("--config", missing.toString(), "sources");

        assertEquals(2, exitCode);
        assertTrue(err.toString().startsWith("docket: --config " + missing + ": no such file"), err.toString());
    }

    @Test
    void should_print_the_reload_report_once_when_reloading_from_the_terminal() {
        int exitCode = run("--data", folder.resolve("data").toString(), "reload");

        assertEquals(0, exitCode, err.toString());
        assertEquals(1, out.toString().split("Reloaded ", -1).length - 1, out.toString());
    }

    private int run(String... arguments) {
        CommandLine commandLine = DocketCommand.commandLine(Map.of(), new ByteArrayInputStream(new byte[0]));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }
}
