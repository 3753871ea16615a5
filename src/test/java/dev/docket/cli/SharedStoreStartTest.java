package dev.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.app.TestApplications;
import dev.docket.store.Database;
import dev.docket.store.ReloadLock;
import dev.docket.store.StoreLocation;
import dev.docket.testing.PostgresServer;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A process starting on a shared store serves the last committed version, even while another one reloads. */
final class SharedStoreStartTest {

    @TempDir
    Path folder;

    @Test
    void should_serve_the_last_complete_version_at_once_when_it_starts_while_another_process_reloads()
            throws Exception {
        String url = PostgresServer.shared().newDatabase();
        Map<String, String> environment = Map.of("DOCKET_STORE_URL", url, "DOCKET_STORE_USER", "docket");
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        assertEquals(0, run(environment, new StringWriter(), "--knowledge", knowledge.toString(), "--data",
                folder.resolve("data").toString(), "reload"));
        Files.writeString(knowledge.resolve("widgets.md"), "Over 2,000 widgets shipped on 3 March.\n");

        StringWriter out = new StringWriter();
        int exitCode;
        try (Database other = Database.open(new StoreLocation(url, "docket", ""));
                ReloadLock.Held reloading = new ReloadLock(other, Clock.systemUTC()).acquire()) {
            exitCode = run(environment, out, "--knowledge", knowledge.toString(), "--data",
                    folder.resolve("data").toString(), "sources");
        }

        assertEquals(0, exitCode);
        assertTrue(out.toString().contains("knowledge/en-"), out.toString());
        assertFalse(out.toString().contains("widgets.md"), out.toString());
    }

    private static int run(Map<String, String> environment, StringWriter out, String... arguments) {
        CommandLine commandLine = DocketCommand.commandLine(environment, new ByteArrayInputStream(new byte[0]));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(new StringWriter(), true));
        return commandLine.execute(arguments);
    }
}
