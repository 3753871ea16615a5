package dev.docket.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Where the console reads its lines: a real terminal through JLine (line editing, history kept in a file, Ctrl-D
 * and Ctrl-C end), or plain lines from piped input, so scripts and tests read the same way without a terminal.
 */
interface ConsoleInput extends AutoCloseable {

    /** The next line after showing {@code prompt}, or null at the end (Ctrl-D, Ctrl-C, end of input). */
    String readLine(String prompt) throws IOException;

    @Override
    void close() throws IOException;

    /** JLine over the process's terminal, keeping the history in {@code historyFile}. */
    static ConsoleInput terminal(Path historyFile) throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).build();
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("docket")
                .variable(LineReader.HISTORY_FILE, historyFile).build();
        return new ConsoleInput() {
            @Override
            public String readLine(String prompt) {
                try {
                    return reader.readLine(prompt);
                } catch (EndOfFileException | UserInterruptException e) {
                    return null;
                }
            }

            @Override
            public void close() throws IOException {
                reader.getHistory().save();
                terminal.close();
            }
        };
    }

    /** Lines of {@code in}, each prompt written to {@code out}. */
    static ConsoleInput lines(BufferedReader in, PrintWriter out) {
        return new ConsoleInput() {
            @Override
            public String readLine(String prompt) throws IOException {
                out.print(prompt);
                out.flush();
                return in.readLine();
            }

            @Override
            public void close() {}
        };
    }
}
