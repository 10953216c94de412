package org.rdrop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rdrop.format.Method;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunLock;
import org.rdrop.format.RunManifest;
import org.rdrop.cli.progress.RunProgress;
import org.rdrop.pipeline.run.PrepareRun;
import org.rdrop.pipeline.train.TrainRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rdrop train}: trains baseline and/or R-Drop, preparing the data first unless an identical preparation exists. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train baseline and/or R-Drop (prepares the data first when needed).")
public final class TrainCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin org.rdrop.trainer.cli.NumericsOption numerics;

  @Mixin ExperimentOptions experiment;
  @Mixin RunnerOptions runner;
  @Mixin TrainOverrides overrides;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--method", defaultValue = "both", paramLabel = "baseline|rdrop|both",
      description = "What to train (default: ${DEFAULT-VALUE}: baseline, then R-Drop).")
  String method;

  @Option(names = "--resume", description = "Continue interrupted training from its newest checkpoint.")
  boolean resume;

  @Override
  public Integer call() throws Exception {
    ExperimentOptions.Resolved r = experiment.resolve();
    List<Method> methods = method.equals("both") ? List.of(Method.BASELINE, Method.RDROP) : List.of(Method.parse(method));
    List<String> stages = new ArrayList<>(List.of("prepare"));
    methods.forEach(m -> stages.add(RunProgress.trainStage(m)));
    RunManifest m;
    try (RunLock lock = RunDirectory.openForWriting(r.runDir(), "train", System.err);
        RunProgress progress = RunProgress.open(stages, methods)) {
      progress.stopsByPatience(r.experiment().config().train().convergence().patience() > 0);
      progress.begin("prepare");
      PrepareRun.reuseOrRun(r.experiment(), r.corpus(), r.runDir(), runner.toPipelineOptions(), progress.notes());
      progress.end();
      m = TrainRun.run(r.runDir(), methods, overrides.toOverrides(), resume, runner.toPipelineOptions(), progress);
    }
    Summaries.printTraining(m, spec.commandLine().getOut());
    return 0;
  }
}
