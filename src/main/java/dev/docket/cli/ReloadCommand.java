package dev.docket.cli;

import dev.docket.app.Application;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** Re-ingests the knowledge folder and prints what was added, changed, removed and skipped. */
@Command(name = "reload", description = "Re-read the knowledge folder and report what changed (exit 0 even if files were skipped).")
final class ReloadCommand implements Callable<Integer> {

    @ParentCommand
    DocketCommand docket;

    @Override
    public Integer call() {
        try (Application application = docket.build()) {
            docket.out().print(application.reloader().reload().describe());
            docket.out().flush();
        }
        return 0;
    }
}
