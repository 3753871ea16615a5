package dev.docket.cli;

import dev.docket.app.Application;
import dev.docket.store.LogEntry;
import dev.docket.store.LoggedQuestion;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The question log itself, newest last: when, where, language, outcome, time, votes and the question. */
@Command(name = "log", description = "The questions asked: time, channel, language, answered or not, by whom,"
        + " answer time, votes, question.")
final class LogCommand implements Callable<Integer> {

    @ParentCommand
    DocketCommand docket;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--since", paramLabel = "DATE", description = "From this UTC date on (YYYY-MM-DD; default: the"
            + " last 30 days).")
    String since;

    @Option(names = "--limit", paramLabel = "N", description = "At most the last N questions (default: 50).")
    int limit = 50;

    @Override
    public Integer call() {
        var start = Since.start(since, Clock.systemUTC(), spec.commandLine());
        try (Application application = docket.build()) {
            List<LogEntry> entries = application.questionStats().entries(start);
            PrintWriter out = docket.out();
            for (LogEntry entry : entries.subList(Math.max(0, entries.size() - Math.max(1, limit)), entries.size())) {
                LoggedQuestion question = entry.question();
                String kind = question.channelKind() == null ? "" : "/" + question.channelKind();
                out.printf("%s  %-18s %-3s %-10s %-22s %6d ms  +%d -%d  %s%n", entry.askedAt(),
                        question.channel() + kind, question.language() == null ? "-" : question.language(),
                        question.answered() ? "answered" : "unanswered", question.adapter(), question.millis(),
                        entry.upVotes(), entry.downVotes(), question.question());
            }
            out.flush();
        }
        return 0;
    }
}
