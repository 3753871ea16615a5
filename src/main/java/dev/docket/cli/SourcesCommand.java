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
            PrintWriter out = docket.out();
            for (SourceDocument document : application.knowledgeBase().current().documents()) {
                out.printf("%s%n    %s | %s | %s | %d passages | %s%n", document.title(),
                        orDash(document.outlet()), document.language(), orDash(document.date()),
                        document.passages().size(), document.source());
            }
            out.flush();
        }
        return 0;
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
