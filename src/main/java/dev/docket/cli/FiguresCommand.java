package dev.docket.cli;

import dev.docket.app.Application;
import dev.docket.figures.FigureText;
import dev.docket.figures.FiguresReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Lists the figures of the knowledge files, grouped, with the groups where sources disagree first. */
@Command(name = "figures", description = "List figures (amounts, counts, durations, percentages) grouped by what"
        + " they measure; groups where sources disagree come first.")
final class FiguresCommand implements Callable<Integer> {

    @ParentCommand
    DocketCommand docket;

    @Parameters(arity = "0..*", paramLabel = "TOPIC", description = "Only figures about this topic.")
    List<String> topic = List.of();

    @Option(names = "--json", description = "Print one JSON object (see README).")
    boolean json;

    @Override
    public Integer call() {
        try (Application application = docket.startWithKnowledge()) {
            FiguresReport report = application.figures().figures(String.join(" ", topic));
            PrintWriter out = docket.out();
            out.println(json ? JsonFigures.figures(report) : FigureText.figures(report, Integer.MAX_VALUE));
            out.flush();
        }
        return 0;
    }
}
