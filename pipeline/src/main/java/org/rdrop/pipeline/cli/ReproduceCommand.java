package org.rdrop.pipeline.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.testkit.format.RunManifest;
import org.rdrop.trainer.loop.Method;
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
  @Mixin ExperimentOptions experiment;
  @Mixin RunnerOptions runner;
  @Mixin TrainOverrides overrides;

  @Override
  public Integer call() throws Exception {
    PipelineOptions options = runner.toPipelineOptions(); // a wrong runner setting fails before any work
    ExperimentOptions.Resolved r = experiment.resolve();
    System.err.printf("rdrop reproduce %s -> %s%n[1/4] ", r.experiment().config().name(), r.runDir());
    RunManifest m = PrepareRun.reuseOrRun(r.experiment(), r.corpus(), r.runDir(), options, System.err);
    Summaries.printPreparation(m, System.out);
    System.err.println("[2/4] train baseline, then R-Drop");
    m = TrainRun.run(r.runDir(), List.of(Method.BASELINE, Method.RDROP), overrides.toOverrides(), true,
        runner.toPipelineOptions());
    Summaries.printTraining(m, System.out);
    EvaluateCommand.evaluateAndReport(r.runDir(), runner.toPipelineOptions(), System.out, System.err, "[3/4] ", "[4/4] ");
    return 0;
  }
}
