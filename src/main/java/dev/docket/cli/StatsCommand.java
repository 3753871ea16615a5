package dev.docket.cli;

import dev.docket.app.Application;
import dev.docket.insight.StatsReport;
import dev.docket.insight.StatsText;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What admins need to see, from the question log: the same report as {@code /stats} on Discord. */
@Command(name = "stats", description = "Questions per day, share answered, most-asked unanswered questions (grouped),"
        + " answers voted down, median answer time.")
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    DocketCommand docket;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "One JSON object (format in the README).")
    boolean json;

    @Option(names = "--since", paramLabel = "DATE", description = "Count from this UTC date on (YYYY-MM-DD;"
            + " default: the last 30 days).")
    String since;

    @Override
    public Integer call() {
        var start = Since.start(since, Clock.systemUTC(), spec.commandLine());
        try (Application application = docket.build()) {
            StatsReport report = application.questionStats().since(start);
            docket.out().println(json ? JsonStats.toJson(report) : StatsText.format(report));
            docket.out().flush();
        }
        return 0;
    }
}
