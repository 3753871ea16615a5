package dev.docket.cli;

import dev.docket.app.Application;
import dev.docket.figures.FigureText;
import dev.docket.figures.TimelineReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Prints the dated events of the knowledge files in date order, each with its sources. */
@Command(name = "timeline", description = "Dated events in date order, merged across documents and languages,"
        + " each with its sources; relative dates that cannot be resolved come last.")
final class TimelineCommand implements Callable<Integer> {

    @ParentCommand
    DocketCommand docket;

    @Option(names = "--json", description = "Print one JSON object (see README).")
    boolean json;

    @Override
    public Integer call() {
        try (Application application = docket.startWithKnowledge()) {
            TimelineReport report = application.figures().timeline();
            PrintWriter out = docket.out();
            out.println(json ? JsonFigures.timeline(report) : FigureText.timeline(report, Integer.MAX_VALUE));
            out.flush();
        }
        return 0;
    }
}
