package org.rdrop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.config.Experiments;
import org.rdrop.config.Suite;
import org.rdrop.cli.progress.RunProgress;
import org.rdrop.pipeline.run.PrepareRun;
import org.rdrop.report.SuiteSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rdrop reproduce}: the main job. Prepares the data (or reuses an identical finished preparation),
 * trains the baseline and R-Drop with the same seed and data order (resuming where an earlier run was
 * interrupted), evaluates both on the test set (BLEU with a paired significance test) and writes the
 * report beside the paper's published numbers. An experiment with {@code seeds} (or {@code --seeds}) does
 * this once per seed, each in its own run directory ({@code seed-<s>/}), then writes the set's report.
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

  @Option(names = "--seeds", split = ",", paramLabel = "S[,S...]",
      description = "Run once per seed (each a complete run in seed-<s>/ of the run directory) and report means"
          + " over seeds with a test over seeds and test items; overrides the experiment's seeds and train.seed.")
  List<Long> seeds;

  @Option(names = "--suite", paramLabel = "NAME|FILE",
      description = "Reproduce every experiment of a suite (experiments/suites/NAME.yaml), each as its file says"
          + " (a seed set when it has seeds), into <out>/<experiment>/, and write <out>/suite.{json,md}"
          + " (default out: runs/suite-NAME).")
  String suite;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PipelineOptions options = runner.toPipelineOptions(); // a wrong runner setting fails before any work
    PrintWriter out = spec.commandLine().getOut();
    if (suite != null) {
      reproduceSuite(out);
      return 0;
    }
    new Reproductions(runner, overrides, out, false).experiment(experiment.resolve(seeds));
    return 0;
  }

  /**
   * The suite's experiments one after another, each in {@code <out>/<experiment>} (finished runs reused,
   * interrupted ones resumed, as for one experiment), then the suite's summary.
   */
  private void reproduceSuite(PrintWriter out) throws IOException {
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    if (parsed.hasMatchedPositional(0) || seeds != null || experiment.data != null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--suite runs the experiments its file lists, as their files say: give no EXPERIMENT, --seeds or --data");
    }
    Suite.Loaded loaded = Suite.load(suite);
    List<Experiments.Experiment> experiments = loaded.experiments(); // every file checked before any work
    for (Experiments.Experiment e : experiments) {
      // and every corpus: a dataset that is not committed (mnist) must not stop the suite hours in.
      PrepareRun.requireCorpus(e, e.corpusDir(null));
    }
    Path dir = experiment.out != null ? experiment.out : Path.of("runs", "suite-" + loaded.suite().name());
    System.err.printf("rdrop reproduce --suite %s: %s -> %s%n", loaded.suite().name(), loaded.suite().experiments(),
        dir);
    Reproductions reproductions = new Reproductions(runner, overrides, out, true);
    List<SuiteSummary.Entry> entries = new ArrayList<>();
    for (Experiments.Experiment e : experiments) {
      String name = e.config().name();
      out.printf(Locale.ROOT, "%n== %s ==%n", name);
      Path runDir = dir.resolve(name);
      Report report = reproductions.experiment(new ExperimentOptions.Resolved(e, e.corpusDir(null), runDir));
      entries.add(SuiteSummary.entry(name, e.config().seeds(), report));
    }
    Files.createDirectories(dir);
    SuiteSummary.write(dir, loaded.suite().name(), loaded.suite().description(), entries);
    out.println();
    out.println("Suite summary: " + dir.resolve(SuiteSummary.MARKDOWN));
  }
}
