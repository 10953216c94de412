package org.rdrop.pipeline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.testkit.format.RunManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rdrop reproduce}: the main job. Today it prepares the data and stops there, saying so: training
 * and evaluation are the next stages to land.
 */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    description = "Prepare, train baseline and R-Drop, evaluate and report (training and evaluation: not yet).")
public final class ReproduceCommand implements Callable<Integer> {
  @Parameters(index = "0", defaultValue = Experiments.DEFAULT,
      description = "Experiment name or YAML file (default: ${DEFAULT-VALUE}).")
  String experiment;

  @Option(names = "--out", description = "Run directory (default: runs/<experiment>-<identity>).")
  Path out;

  @Option(names = "--data", description = "Corpus directory, overriding the experiment's data.corpus.")
  Path data;

  @Mixin RunnerOptions runner;

  @Override
  public Integer call() throws Exception {
    PipelineOptions options = runner.toPipelineOptions(); // a wrong runner setting fails before any work
    Experiments.Experiment exp = Experiments.load(experiment);
    Path corpus = exp.corpusDir(data);
    Path runDir = out != null ? out : RunDirectories.defaultFor(exp, corpus);
    long start = System.nanoTime();
    System.err.printf("rdrop reproduce %s -> %s%n[1/1] prepare%n", exp.config().name(), runDir);
    RunManifest m = PrepareRun.run(exp, corpus, runDir, options);
    System.err.printf("prepared in %.1f s%n", (System.nanoTime() - start) / 1e9);
    Summaries.printPreparation(m, System.out);
    System.out.println();
    System.out.println("Stopped after preparation: training and evaluation are not part of rdrop yet.");
    System.out.println("The prepared data and its manifest are in " + runDir);
    return 0;
  }
}
