package dev.docket.cli;

import dev.docket.app.Application;
import dev.docket.evaluation.EvaluationReport;
import dev.docket.evaluation.EvaluationSet;
import dev.docket.evaluation.Evaluator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Runs an evaluation set through the same path as every question and prints the scores. */
@Command(name = "eval", description = "Run the evaluation set and print overall, per-language, cross-lingual and refusal scores.")
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    DocketCommand docket;

    @Option(names = "--set", paramLabel = "FILE", description = "Evaluation set (default: config/eval/questions.yaml).")
    Path set = Path.of("config", "eval", "questions.yaml");

    @Option(names = {"-v", "--verbose"}, description = "Also print each failed case with its answer.")
    boolean verbose;

    @Override
    public Integer call() {
        try (Application application = docket.startWithKnowledge()) {
            EvaluationReport report = new Evaluator(application.questionHandler()).run(EvaluationSet.read(set));
            docket.out().print(report.describe(verbose));
            docket.out().flush();
        }
        return 0;
    }
}
