package dev.docket.cli;

import dev.docket.answer.Answer;
import dev.docket.answer.Question;
import dev.docket.answer.QuestionHandler;
import dev.docket.app.Application;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code ask "QUESTION"} answers one question; {@code ask -} reads one question per line from standard input.
 * With {@code --json} each answer is one JSON object on one line, flushed at once: the interface evaluation
 * tools use, kept stable.
 */
@Command(name = "ask", description = "Answer a question with citations ('-' reads questions from standard input).")
final class AskCommand implements Callable<Integer> {

    @ParentCommand
    DocketCommand docket;

    @Option(names = "--json", description = "One JSON object per answer, on one line.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question, or '-' for standard input.")
    List<String> words;

    @Override
    public Integer call() throws IOException {
        try (Application application = docket.startWithKnowledge()) {
            QuestionHandler handler = application.questionHandler();
            PrintWriter out = docket.out();
            Function<String, String> dates = AnswerText.dates(application);
            if (words.size() == 1 && words.get(0).equals("-")) {
                BufferedReader in = docket.in();
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        print(handler.handle(Question.fromCli(line)), dates, out);
                    }
                }
            } else {
                print(handler.handle(Question.fromCli(String.join(" ", words))), dates, out);
            }
        }
        return 0;
    }

    private void print(Answer answer, Function<String, String> dates, PrintWriter out) {
        out.println(json ? JsonAnswers.toLine(answer) : AnswerText.format(answer, dates));
        out.flush();
    }
}
