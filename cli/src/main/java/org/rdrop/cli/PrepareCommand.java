package org.rdrop.cli;

import java.util.concurrent.Callable;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunLock;
import org.rdrop.format.RunManifest;
import org.rdrop.pipeline.run.PrepareRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code rdrop prepare}: the data stages alone, into a run directory. */
@Command(
    name = "prepare",
    mixinStandardHelpOptions = true,
    description = "Read, validate, tokenize, learn/apply BPE, build the vocabulary and batch an experiment's data.")
public final class PrepareCommand implements Callable<Integer> {
  @Mixin ExperimentOptions experiment;
  @Mixin RunnerOptions runner;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PipelineOptions options = runner.toPipelineOptions(); // a wrong runner setting fails before any work
    ExperimentOptions.Resolved r = experiment.resolve();
    long start = System.nanoTime();
    System.err.printf("rdrop prepare %s -> %s%n", r.experiment().config().name(), r.runDir());
    RunManifest m;
    try (RunLock lock = RunDirectory.openForWriting(r.runDir(), "prepare", System.err)) {
      m = PrepareRun.run(r.experiment(), r.corpus(), r.runDir(), options);
    }
    System.err.printf("prepared in %.1f s%n", (System.nanoTime() - start) / 1e9);
    Summaries.printPreparation(m, spec.commandLine().getOut());
    return 0;
  }
}
