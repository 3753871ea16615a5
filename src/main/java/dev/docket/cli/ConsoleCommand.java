package dev.docket.cli;

import dev.docket.answer.Answer;
import dev.docket.answer.Question;
import dev.docket.answer.Turn;
import dev.docket.app.Application;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * Interactive questions in the terminal, through the same path a Discord question takes, with line editing and
 * history (JLine; the history is kept in the data folder). {@code help}, {@code sources} and {@code quit} or
 * {@code exit} (any case) are commands, Ctrl-D quits too, an empty line is ignored; anything else is a question,
 * answered with the last turns as its conversation, as a follow-up in Discord is.
 */
@Command(name = "console", description = "Ask questions interactively (help, sources, quit or Ctrl-D).")
final class ConsoleCommand implements Callable<Integer> {

    private static final int CONVERSATION_TURNS = 6;
    private static final String HELP = """
            Type a question in English, German or French and press Enter; the answer quotes the articles with
            numbered sources. A question that refers back ("and how much did it cost them?") follows up the
            questions before it.
              help           this text
              sources        the articles Docket knows
              quit, exit     leave (Ctrl-D too)
            Up and down arrows bring back earlier lines; the usual editing keys work.""";

    @ParentCommand
    DocketCommand docket;

    @Override
    public Integer call() {
        return runWith(docket);
    }

    int runWith(DocketCommand root) {
        try (Application application = root.startFollowingKnowledge();
                ConsoleInput input = root.readsSystemIn() && System.console() != null
                        ? ConsoleInput.terminal(application.config().dataFolder().resolve("console-history"))
                        : ConsoleInput.lines(root.in(), root.out())) {
            application.watchKnowledge();
            PrintWriter out = root.out();
            out.println("Docket: ask about " + application.knowledgeBase().current().documents().size()
                    + " documents. Type help for help, quit or Ctrl-D to leave.");
            out.flush();
            List<Turn> turns = new ArrayList<>();
            while (true) {
                String line = input.readLine("> ");
                if (line == null) {
                    return 0;
                }
                String command = line.strip().toLowerCase(Locale.ROOT);
                if (command.isEmpty()) {
                    continue;
                }
                if (command.equals("quit") || command.equals("exit")) {
                    return 0;
                }
                if (command.equals("help")) {
                    out.println(HELP);
                } else if (command.equals("sources")) {
                    SourcesCommand.print(application, out);
                } else {
                    Answer answer = application.questionHandler().handle(
                            new Question(line, null, "console", turns, null, null));
                    turns.add(new Turn(answer.question(), answer.text()));
                    turns.subList(0, Math.max(0, turns.size() - CONVERSATION_TURNS)).clear();
                    out.println(AnswerText.format(answer, AnswerText.dates(application)));
                }
                out.println();
                out.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the console could not read its input", e);
        }
    }
}
