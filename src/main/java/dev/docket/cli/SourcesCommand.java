package dev.docket.cli;

import dev.docket.app.Application;
import dev.docket.knowledge.SourceDocument;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Lists the ingested documents. */
@Command(name = "sources", description = "List the ingested documents: title, outlet, language, date, passages.")
final class SourcesCommand implements Callable<Integer> {

    @ParentCommand
    DocketCommand docket;

    @Override
    public Integer call() {
        try (Application application = docket.startWithKnowledge()) {
            print(application, docket.out());
        }
        return 0;
    }

    /** The documents {@code application} serves, one title line and one detail line each. */
    static void print(Application application, PrintWriter out) {
        for (SourceDocument document : application.knowledgeBase().current().documents()) {
            out.printf("%s%n    %s | %s | %s | %d passages | %s%n", document.title(),
                    orDash(document.outlet()), document.language(), orDash(document.date()),
                    document.passages().size(), document.source());
        }
        out.flush();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
