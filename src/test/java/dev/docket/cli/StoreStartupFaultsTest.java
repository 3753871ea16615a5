package dev.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class StoreStartupFaultsTest {

    private static final String URL_SECRET = "url-secret-4711";
    private static final String ENV_SECRET = "env-secret-0815";

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void should_exit_2_naming_the_url_without_the_password_when_postgresql_is_down_at_start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/docket?password=" + URL_SECRET;

        int exitCode = run(Map.of("DOCKET_STORE_URL", url, "DOCKET_STORE_USER", "docket",
                "DOCKET_STORE_PASSWORD_ENV", "DOCKET_DB_PASSWORD", "DOCKET_DB_PASSWORD", ENV_SECRET),
                "--data", folder.toString(), "ask", "How many widgets?");

        assertEquals(2, exitCode, err.toString());
        assertTrue(err.toString().contains("jdbc:postgresql://127.0.0.1:" + port + "/docket?password=***"),
                err.toString());
        assertTrue(err.toString().contains("cannot be reached"), err.toString());
        assertFalse(err.toString().contains(URL_SECRET) || err.toString().contains(ENV_SECRET), err.toString());
    }

    @Test
    void should_say_which_variable_to_export_when_the_password_variable_is_not_set() {
        int exitCode = run(Map.of("DOCKET_STORE_URL", "jdbc:postgresql://127.0.0.1:1/docket",
                "DOCKET_STORE_PASSWORD_ENV", "DOCKET_DB_PASSWORD"), "--data", folder.toString(), "sources");

        assertEquals(2, exitCode, err.toString());
        assertTrue(err.toString().contains("export DOCKET_DB_PASSWORD"), err.toString());
    }

    @Test
    void should_name_the_key_and_hide_the_password_when_the_store_url_is_not_a_supported_url() {
        int exitCode = run(Map.of("DOCKET_STORE_URL", "jdbc:mysql://db/docket?password=" + URL_SECRET),
                "--data", folder.toString(), "sources");

        assertEquals(2, exitCode, err.toString());
        assertTrue(err.toString().contains("store.url"), err.toString());
        assertFalse(err.toString().contains(URL_SECRET), err.toString());
    }

    private int run(Map<String, String> environment, String... arguments) {
        CommandLine commandLine = DocketCommand.commandLine(environment, new ByteArrayInputStream(new byte[0]));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }
}
