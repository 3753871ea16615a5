package dev.docket.cli;

import dev.docket.testing.TestPdfs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docket.app.Application;
import dev.docket.app.TestApplications;
import dev.docket.knowledge.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The shipped articles plus one file of each bad kind: {@code reload} reports every bad file with its reason,
 * ingests the good ones and exits 0, and {@code ask} still answers from the articles.
 */
final class BadKnowledgeFilesTest {

    private static final String COPY = "zz-the-same-article-again.md";

    @TempDir
    Path folder;

    @Test
    void should_report_each_bad_file_with_its_reason_and_still_answer() throws Exception {
        Path knowledge = TestApplications.copyOfShippedKnowledge(folder);
        Map<String, String> fileToReason = writeBadFiles(knowledge);
        Path data = folder.resolve("data");

        StringWriter report = new StringWriter();
        int reloadExit = run(report, "--knowledge", knowledge.toString(), "--data", data.toString(), "reload");
        StringWriter answers = new StringWriter();
        int askExit = run(answers, "--knowledge", knowledge.toString(), "--data", data.toString(), "ask", "--json",
                "How much did the outage cost Delta?");

        assertEquals(0, reloadExit);
        for (Map.Entry<String, String> bad : fileToReason.entrySet()) {
            assertTrue(report.toString().contains("skipped  knowledge/" + bad.getKey() + ": " + bad.getValue()),
                    bad.getKey() + " not reported as '" + bad.getValue() + "' in:\n" + report);
        }
        assertTrue(report.toString().contains("7 added, 0 changed, 0 removed, 0 unchanged, "
                + fileToReason.size() + " skipped"), report.toString());
        assertEquals(0, askExit);
        JsonNode answer = new ObjectMapper().readTree(answers.toString());
        assertTrue(answer.get("answered").asBoolean(), answers.toString());
        String source = answer.get("citations").get(0).get("source").asText();
        assertTrue(source.startsWith("knowledge/en-") || source.startsWith("knowledge/de-")
                || source.startsWith("knowledge/fr-"), source);
        try (Application application = TestApplications.open(knowledge, data)) {
            application.reloader().loadStored();
            for (SourceDocument document : application.knowledgeBase().current().documents()) {
                assertFalse(document.text().contains("pwned"), document.source() + " holds script text");
            }
        }
    }

    private static Map<String, String> writeBadFiles(Path knowledge) throws Exception {
        Map<String, String> fileToReason = new LinkedHashMap<>();
        Files.writeString(knowledge.resolve("empty.md"), "");
        fileToReason.put("empty.md", "file is empty");
        Files.writeString(knowledge.resolve("blank.txt"), " \n\t\n   ");
        fileToReason.put("blank.txt", "file holds only whitespace");
        Files.write(knowledge.resolve("archive.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 8, 0});
        fileToReason.put("archive.txt", "file looks binary, not text");
        Files.write(knowledge.resolve("latin1.md"),
                "Le r\u00e9sum\u00e9 du proc\u00e8s.".getBytes(StandardCharsets.ISO_8859_1));
        fileToReason.put("latin1.md", "file is not valid UTF-8 text; save it as UTF-8");
        Files.writeString(knowledge.resolve("broken-yaml.md"), "---\ntitle: \"unclosed\n---\nSome text here.");
        fileToReason.put("broken-yaml.md", "front matter is not valid YAML");
        Files.writeString(knowledge.resolve("unknown-key.md"), "---\ntitel: Typo\n---\nSome text here.");
        fileToReason.put("unknown-key.md", "front matter has unknown key 'titel'");
        Files.writeString(knowledge.resolve("wrong-type.md"), "---\ntitle:\n  - one\n  - two\n---\nSome text here.");
        fileToReason.put("wrong-type.md", "front matter key 'title' must be a single text value");
        try (RandomAccessFile huge = new RandomAccessFile(knowledge.resolve("huge.md").toFile(), "rw")) {
            huge.setLength(50_000_000);
        }
        fileToReason.put("huge.md", "file is 50000000 bytes, over the limit of 5000000 (ingest.max-file-bytes)");
        writeEncryptedPdf(knowledge.resolve("encrypted.pdf"));
        fileToReason.put("encrypted.pdf", "file is encrypted; provide an unencrypted copy");
        Files.writeString(knowledge.resolve("corrupt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog");
        fileToReason.put("corrupt.pdf", "file could not be parsed (");
        Files.createSymbolicLink(knowledge.resolve("outside.md"), Files.writeString(
                knowledge.getParent().resolve("secret.md"), "A file outside the knowledge folder."));
        fileToReason.put("outside.md", "symbolic link points outside the knowledge folder; refused");
        Files.createSymbolicLink(knowledge.resolve("vanished.md"), knowledge.resolve("deleted-meanwhile.md"));
        fileToReason.put("vanished.md", "file disappeared while it was being read");
        Path original = knowledge.resolve("en-secureworld-delta-crowdstrike-clash-over-outage.md");
        Files.copy(original, knowledge.resolve(COPY));
        fileToReason.put(COPY, "same content as knowledge/" + original.getFileName() + "; ingested once");
        Files.writeString(knowledge.resolve("notes.docx"), "not a Word file either");
        fileToReason.put("notes.docx", "unsupported file type '.docx'");
        Files.writeString(knowledge.resolve("page.html"), "<html><head><title>Weather station notes</title>"
                + "<script>document.write('pwned')</script></head><body><p>The weather station logged rain on"
                + " three days.</p><script>alert('pwned')</script></body></html>");
        Files.write(knowledge.resolve("utf16.txt"),
                "\uFEFFThe harbour office opened a new waiting room.".getBytes(StandardCharsets.UTF_16LE));
        return fileToReason;
    }

    private static void writeEncryptedPdf(Path file) throws Exception {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "reader", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        TestPdfs.write(file, "This filing is locked with a password.", policy);
    }

    private static int run(StringWriter out, String... arguments) {
        CommandLine commandLine = DocketCommand.commandLine(Map.of(), new ByteArrayInputStream(new byte[0]));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        return commandLine.execute(arguments);
    }
}
