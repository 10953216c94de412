package org.rdrop.pipeline.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.pipeline.report.ReportRun;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.testkit.format.RunManifest;
import org.rdrop.trainer.loop.Method;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code rdrop reproduce}: the main job. Prepares the data (or reuses an identical finished preparation),
 * trains the baseline and R-Drop with the same seed and data order (resuming where an earlier run was
 * interrupted), and stops there, saying so: evaluation and the report are the next stages to land.
 */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    description = "Prepare, train baseline and R-Drop, evaluate and report (evaluation and report: not yet).")
public final class ReproduceCommand implements Callable<Integer> {
  static final String NOT_EVALUATED =
      "Test-set evaluation (decoding, BLEU, significance) is not part of rdrop yet: the report has the training"
          + " curves, validation losses and the run identity, and no metric table.";

  @Mixin ExperimentOptions experiment;
  @Mixin RunnerOptions runner;
  @Mixin TrainOverrides overrides;

  @Override
  public Integer call() throws Exception {
    PipelineOptions options = runner.toPipelineOptions(); // a wrong runner setting fails before any work
    ExperimentOptions.Resolved r = experiment.resolve();
    System.err.printf("rdrop reproduce %s -> %s%n[1/3] ", r.experiment().config().name(), r.runDir());
    RunManifest m = PrepareRun.reuseOrRun(r.experiment(), r.corpus(), r.runDir(), options, System.err);
    Summaries.printPreparation(m, System.out);
    System.err.println("[2/3] train baseline, then R-Drop");
    m = TrainRun.run(r.runDir(), List.of(Method.BASELINE, Method.RDROP), overrides.toOverrides(), true,
        runner.toPipelineOptions());
    Summaries.printTraining(m, System.out);
    System.err.println("[3/3] report");
    ReportRun.write(r.runDir(), List.of(), List.of(NOT_EVALUATED));
    System.out.println();
    System.out.println(NOT_EVALUATED);
    System.out.println("Report (curves, identity): " + r.runDir().resolve("report.html"));
    return 0;
  }
}
