package dev.docket.discord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Docket process ({@code java dev.docket.Docket serve}, the test class path) with the given environment;
 * its log goes to a file the test can read and show when something fails.
 */
final class DocketProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private DocketProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static DocketProcess start(String name, Map<String, String> environment, Path folder, String... arguments)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.docket.Docket"));
        command.addAll(List.of(arguments));
        Path log = folder.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("DOCKET_") || key.startsWith("DISCORD_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        // A test JVM stopped early must not leave a bot running: it would hold its shard and the store.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, name + "-stop"));
        return new DocketProcess(process, log);
    }

    /** What the process logged so far. */
    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook runs, no transaction is finished. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
