package dev.docket.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for tests: Debian's (or any) {@code initdb} and {@code pg_ctl}, run on a temporary
 * folder and a free port of 127.0.0.1, as the {@code postgres} user when the tests run as root (PostgreSQL refuses
 * root). {@code .ci/run} installs the server when it is missing; without one, PostgreSQL tests are skipped with a
 * message saying how to get it. Each test takes a fresh database from {@link #newDatabase()}.
 */
public final class PostgresServer implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgresServer shared;

    private final Path binaries;
    private final Path folder;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path binaries, Path folder, int port, boolean asPostgresUser) {
        this.binaries = binaries;
        this.folder = folder;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The server all tests of this JVM share, started on first use and stopped when the JVM exits. */
    public static synchronized PostgresServer shared() {
        if (shared == null) {
            shared = startNew();
            PostgresServer server = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-test-server-stop"));
        }
        return shared;
    }

    /** A server of its own, for a test that stops and starts it. */
    public static PostgresServer startNew() {
        Optional<Path> binaries = binaries();
        Assumptions.assumeTrue(binaries.isPresent(), "PostgreSQL is not installed (no initdb and pg_ctl on PATH or in"
                + " /usr/lib/postgresql/*/bin): run .ci/run, which installs it, or apt-get install postgresql");
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path folder = Files.createTempDirectory("docket-postgres-");
            PostgresServer server = new PostgresServer(binaries.get(), folder, freePort(), root);
            if (root) {
                run(List.of("chown", "-R", "postgres:postgres", folder.toString()));
            }
            server.pg("initdb", "-D", server.cluster().toString(), "-U", "docket", "--auth=trust", "-E", "UTF8",
                    "--no-sync");
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL for the tests could not be started: " + e.getMessage(), e);
        }
    }

    public void start() {
        pg("pg_ctl", "-D", cluster().toString(), "-l", folder.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    /** Stops the server at once, as a crash or a lost network would look to its clients. */
    public void stop() {
        pg("pg_ctl", "-D", cluster().toString(), "-m", "immediate", "-w", "stop");
    }

    /** A new, empty database on this server: its JDBC URL (user {@code docket}, no password). */
    public String newDatabase() {
        String name = "docket_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(url("postgres"), "docket", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("test database " + name + " could not be created: " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void close() {
        try {
            stop();
        } catch (RuntimeException e) {
            // Already stopped (a test stopped it): only the folder is left to remove.
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }

    private Path cluster() {
        return folder.resolve("cluster");
    }

    private void pg(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(binaries.resolve(program).toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " was interrupted", e);
        }
    }

    private static Optional<Path> binaries() {
        List<Path> candidates = new ArrayList<>();
        for (String entry : System.getenv().getOrDefault("PATH", "").split(":")) {
            candidates.add(Path.of(entry.isEmpty() ? "." : entry));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.sorted(Comparator.reverseOrder()).forEach(version -> candidates.add(version.resolve("bin")));
            } catch (IOException e) {
                // No Debian layout: PATH alone decides.
            }
        }
        return candidates.stream()
                .filter(folder -> Files.isExecutable(folder.resolve("initdb")) && Files.isExecutable(folder.resolve("pg_ctl")))
                .findFirst()
                .map(folder -> folder.toAbsolutePath());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
