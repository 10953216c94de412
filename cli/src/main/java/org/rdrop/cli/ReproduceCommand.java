package org.rdrop.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.Method;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunLock;
import org.rdrop.format.RunManifest;
import org.rdrop.pipeline.progress.RunProgress;
import org.rdrop.pipeline.run.PrepareRun;
import org.rdrop.pipeline.train.TrainRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code rdrop reproduce}: the main job. Prepares the data (or reuses an identical finished preparation),
 * trains the baseline and R-Drop with the same seed and data order (resuming where an earlier run was
 * interrupted), evaluates both on the test set (BLEU with a paired significance test) and writes the
 * report beside the paper's published numbers.
 */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    description = "Prepare, train baseline and R-Drop, evaluate on the test set and write the report.")
public final class ReproduceCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin org.rdrop.trainer.cli.NumericsOption numerics;

  static final String PREPARE = "prepare";
  static final List<String> STAGES = List.of(PREPARE, RunProgress.trainStage(Method.BASELINE),
      RunProgress.trainStage(Method.RDROP), EvaluateCommand.EVALUATE, EvaluateCommand.REPORT);

  @Mixin ExperimentOptions experiment;
  @Mixin RunnerOptions runner;
  @Mixin TrainOverrides overrides;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PipelineOptions options = runner.toPipelineOptions(); // a wrong runner setting fails before any work
    ExperimentOptions.Resolved r = experiment.resolve();
    System.err.printf("rdrop reproduce %s -> %s%n", r.experiment().config().name(), r.runDir());
    List<Method> methods = List.of(Method.BASELINE, Method.RDROP);
    PrintWriter out = spec.commandLine().getOut();
    try (RunLock lock = RunDirectory.openForWriting(r.runDir(), "reproduce", System.err);
        RunProgress progress = RunProgress.open(STAGES, methods)) {
      progress.begin(PREPARE);
      RunManifest m = PrepareRun.reuseOrRun(r.experiment(), r.corpus(), r.runDir(), options, progress.notes());
      progress.end();
      Summaries.printPreparation(m, out);
      m = TrainRun.run(r.runDir(), methods, overrides.toOverrides(), true, runner.toPipelineOptions(), progress);
      progress.end();
      Summaries.printTraining(m, out);
      EvaluateCommand.evaluateAndReport(r.runDir(), runner.toPipelineOptions(), out, progress);
    }
    return 0;
  }
}
