package org.rdrop.pipeline.cli;

import java.util.concurrent.Callable;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.testkit.format.RunManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code rdrop reproduce}: the main job. Today it prepares the data and stops there, saying so: training
 * and evaluation are the next stages to land.
 */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    description = "Prepare, train baseline and R-Drop, evaluate and report (training and evaluation: not yet).")
public final class ReproduceCommand implements Callable<Integer> {
  @Mixin ExperimentOptions experiment;
  @Mixin RunnerOptions runner;

  @Override
  public Integer call() throws Exception {
    ExperimentOptions.Resolved r = experiment.resolve();
    long start = System.nanoTime();
    System.err.printf("rdrop reproduce %s -> %s%n[1/1] prepare%n", r.experiment().config().name(), r.runDir());
    RunManifest m = PrepareRun.run(r.experiment(), r.corpus(), r.runDir(), runner.toPipelineOptions());
    System.err.printf("prepared in %.1f s%n", (System.nanoTime() - start) / 1e9);
    Summaries.printPreparation(m, System.out);
    System.out.println();
    System.out.println("Stopped after preparation: training and evaluation are not part of rdrop yet.");
    System.out.println("The prepared data and its manifest are in " + r.runDir());
    return 0;
  }
}
