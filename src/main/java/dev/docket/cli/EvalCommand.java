package dev.docket.cli;

import dev.docket.app.Application;
import dev.docket.evaluation.EvaluationReport;
import dev.docket.evaluation.EvaluationSet;
import dev.docket.evaluation.Evaluator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Runs an evaluation set through the same path as every question and prints the scores. */
@Command(name = "eval", description = "Run an evaluation set and print accuracy and recall@5 overall, per language,"
        + " per question style, cross-lingual, and the refusals of unanswerable questions.")
final class EvalCommand implements Callable<Integer> {

    @ParentCommand
    DocketCommand docket;

    @Option(names = "--set", paramLabel = "FILE", description = "Evaluation set (default: config/eval/dev.yaml).")
    Path set = Path.of("config", "eval", "dev.yaml");

    @Option(names = {"-v", "--verbose"}, description = "Also print each failed case with its style and answer.")
    boolean verbose;

    @Option(names = "--json", description = "Print one JSON object with every score and the failed case ids.")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(set)) {
            throw new IllegalArgumentException("evaluation set " + set + " does not exist; give a YAML file with"
                    + " --set, e.g. --set config/eval/dev.yaml");
        }
        EvaluationSet cases = EvaluationSet.read(set);
        try (Application application = docket.startWithKnowledge()) {
            EvaluationReport report = new Evaluator(application.questionHandler(), application.extractiveAnswerer())
                    .run(cases);
            PrintWriter out = docket.out();
            if (json) {
                out.println(JsonEvaluation.report(set.toString(), Evaluator.RECALL_DEPTH, report));
            } else {
                out.print(report.describe(verbose));
            }
            out.flush();
        }
        return 0;
    }
}
