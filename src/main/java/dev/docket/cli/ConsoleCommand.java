package dev.docket.cli;

import dev.docket.answer.Question;
import dev.docket.app.Application;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Interactive questions in the terminal, through the same path a Discord channel question takes. */
@Command(name = "console", description = "Ask questions interactively (empty line or 'exit' to quit).")
final class ConsoleCommand implements Callable<Integer> {

    @ParentCommand
    DocketCommand docket;

    @Override
    public Integer call() {
        return runWith(docket);
    }

    int runWith(DocketCommand root) {
        try (Application application = root.startFollowingKnowledge()) {
            PrintWriter out = root.out();
            BufferedReader in = root.in();
            out.println("Docket: ask about " + application.knowledgeBase().current().documents().size()
                    + " documents. Empty line or 'exit' quits.");
            while (true) {
                out.print("> ");
                out.flush();
                String line = in.readLine();
                if (line == null || line.isBlank() || line.strip().equals("exit")) {
                    return 0;
                }
                out.println(AnswerText.format(application.questionHandler().handle(
                        new Question(line, null, "console"))));
                out.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("standard input could not be read", e);
        }
    }
}
