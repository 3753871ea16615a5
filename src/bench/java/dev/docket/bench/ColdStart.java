package dev.docket.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Times a fresh JVM from launch to its first printed answer: {@code java -jar docket.jar --knowledge K --data D ask
 * --json QUESTION}, as an operator starts it, or the same through {@code bin/docket} (the README's launcher: a
 * class-data archive, and C1 only for one-shot commands) when a script is given.
 */
final class ColdStart {

    private static final long TIMEOUT_SECONDS = 600;

    private final Path jar;
    private final String maxHeap;
    private final Path script;
    private final Path archive;

    /** Launches {@code java -jar jar}. */
    ColdStart(Path jar, String maxHeap) {
        this(jar, maxHeap, null, null);
    }

    private ColdStart(Path jar, String maxHeap, Path script, Path archive) {
        this.jar = jar;
        this.maxHeap = maxHeap;
        this.script = script;
        this.archive = archive;
    }

    /** Launches {@code script} (bin/docket) instead, with its class-data archive kept at {@code archive}. */
    ColdStart throughScript(Path script, Path archive) {
        return new ColdStart(jar, maxHeap, script, archive);
    }

    /** Milliseconds from launch to exit; throws when the child fails, with where its output went. */
    long millis(Path knowledge, Path data, String question, Path log) {
        List<String> command = new ArrayList<>(script == null
                ? List.of(javaExecutable(), "-Xmx" + maxHeap, "-jar", jar.toString())
                : List.of("sh", script.toString()));
        command.addAll(List.of(
                "--knowledge", knowledge.toString(), "--data", data.toString(), "ask", "--json", question));
        try {
            long started = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            if (script != null) {
                builder.environment().put("JAVA_OPTS", "-Xmx" + maxHeap);
                builder.environment().put("DOCKET_CDS_ARCHIVE", archive.toString());
                builder.environment().put("PATH", Path.of(javaExecutable()).getParent() + ":"
                        + builder.environment().getOrDefault("PATH", ""));
            }
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("cold start did not answer in " + TIMEOUT_SECONDS + " s; see " + log);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (process.exitValue() != 0) {
                throw new IllegalStateException("cold start exited with " + process.exitValue() + "; see " + log);
            }
            return millis;
        } catch (IOException e) {
            throw new IllegalStateException("could not launch " + command.get(0) + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cold start", e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
