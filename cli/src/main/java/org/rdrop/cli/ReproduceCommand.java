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
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunLock;
import org.rdrop.format.RunManifest;
import org.rdrop.format.SeedSetDirectory;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.pipeline.config.Suite;
import org.rdrop.pipeline.progress.RunProgress;
import org.rdrop.pipeline.report.SuiteSummary;
import org.rdrop.pipeline.run.PrepareRun;
import org.rdrop.pipeline.run.SeedSets;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.trainer.loop.TrainProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

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
    ExperimentOptions.Resolved r = experiment.resolve(seeds);
    reproduce(r, out);
    return 0;
  }

  /** One experiment: a seed set, or one run. */
  private Report reproduce(ExperimentOptions.Resolved r, PrintWriter out) throws IOException {
    if (r.experiment().config().isSeedSet()) {
      return reproduceSeedSet(r, out);
    }
    System.err.printf("rdrop reproduce %s -> %s%n", r.experiment().config().name(), r.runDir());
    try (RunLock lock = RunDirectory.openForWriting(r.runDir(), "reproduce", System.err)) {
      reproduceOne(r.experiment(), r.corpus(), r.runDir(), out);
    }
    return Report.read(RunDirectory.of(r.runDir()).reportJson());
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
    Path dir = experiment.out != null ? experiment.out : Path.of("runs", "suite-" + loaded.suite().name());
    System.err.printf("rdrop reproduce --suite %s: %s -> %s%n", loaded.suite().name(), loaded.suite().experiments(),
        dir);
    List<SuiteSummary.Entry> entries = new ArrayList<>();
    for (Experiments.Experiment e : experiments) {
      String name = e.config().name();
      out.printf(Locale.ROOT, "%n== %s ==%n", name);
      Path runDir = dir.resolve(name);
      Report report = reproduce(new ExperimentOptions.Resolved(e, e.corpusDir(null), runDir), out);
      entries.add(SuiteSummary.entry(name, e.config().seeds(), report));
    }
    Files.createDirectories(dir);
    SuiteSummary.write(dir, loaded.suite().name(), loaded.suite().description(), entries);
    out.println();
    out.println("Suite summary: " + dir.resolve(SuiteSummary.MARKDOWN));
  }

  /** One run: prepare (or reuse), train both methods (resuming), evaluate, report. The caller holds the lock. */
  private void reproduceOne(Experiments.Experiment exp, Path corpus, Path runDir, PrintWriter out) throws IOException {
    List<Method> methods = List.of(Method.BASELINE, Method.RDROP);
    try (RunProgress progress = RunProgress.open(STAGES, methods)) {
      progress.begin(PREPARE);
      RunManifest m = PrepareRun.reuseOrRun(exp, corpus, runDir, runner.toPipelineOptions(), progress.notes());
      progress.end();
      Summaries.printPreparation(m, out);
      m = TrainRun.run(runDir, methods, overrides.toOverrides(), true, runner.toPipelineOptions(), progress);
      progress.end();
      Summaries.printTraining(m, out);
      EvaluateCommand.evaluateAndReport(runDir, runner.toPipelineOptions(), out, progress);
    }
  }

  /**
   * On Flink, the seeds train side by side: every unfinished seed's run is prepared, then all are trained in
   * one pipeline with one work item per run ({@link TrainRun#runAll}). Evaluation and the report follow
   * seed by seed, as on the DirectRunner, so every run ends with the same bytes either way.
   */
  private void reproduceSeedsSideBySide(ExperimentOptions.Resolved r, PrintWriter out) throws IOException {
    Experiments.Experiment set = r.experiment();
    SeedSetDirectory dir = SeedSetDirectory.of(r.runDir());
    List<Path> toTrain = new ArrayList<>();
    List<RunLock> locks = new ArrayList<>();
    try {
      for (long seed : set.config().seeds()) {
        Experiments.Experiment one = SeedSets.forSeed(set, seed);
        Path runDir = dir.seed(seed).root();
        if (SeedSets.finished(runDir, PrepareRun.identity(one, r.corpus()))) {
          continue;
        }
        locks.add(RunDirectory.openForWriting(runDir, "reproduce", System.err));
        PrepareRun.reuseOrRun(one, r.corpus(), runDir, runner.toPipelineOptions(), System.err);
        toTrain.add(runDir);
      }
      if (!toTrain.isEmpty()) {
        out.printf(Locale.ROOT, "Training %d seeds' runs side by side on %s.%n", toTrain.size(), runner.runner);
        TrainRun.runAll(toTrain, List.of(Method.BASELINE, Method.RDROP), overrides.toOverrides(), true,
            runner.toPipelineOptions(), TrainProgress.lines(System.err));
      }
    } finally {
      for (RunLock l : locks) {
        l.close();
      }
    }
  }

  /**
   * Each seed's run in turn (a finished one is reused, an interrupted one resumes), then the set's manifest
   * and report. Every run takes its own lock; the set's lock is held throughout.
   */
  private Report reproduceSeedSet(ExperimentOptions.Resolved r, PrintWriter out) throws IOException {
    Experiments.Experiment set = r.experiment();
    List<Long> list = set.config().seeds();
    SeedSetDirectory dir = SeedSetDirectory.of(r.runDir());
    System.err.printf("rdrop reproduce %s, seeds %s -> %s%n", set.config().name(), list, r.runDir());
    try (RunLock lock = SeedSetDirectory.openForWriting(r.runDir(), "reproduce", System.err)) {
      if (runner.runner.equals(RunnerOptions.FLINK)) {
        reproduceSeedsSideBySide(r, out);
      }
      for (int i = 0; i < list.size(); i++) {
        long seed = list.get(i);
        Experiments.Experiment one = SeedSets.forSeed(set, seed);
        Path runDir = dir.seed(seed).root();
        if (SeedSets.finished(runDir, PrepareRun.identity(one, r.corpus()))) {
          System.err.printf("seed %d (%d of %d): finished in %s, reused%n", seed, i + 1, list.size(), runDir);
          continue;
        }
        System.err.printf("seed %d (%d of %d) -> %s%n", seed, i + 1, list.size(), runDir);
        out.printf(Locale.ROOT, "%nSeed %d:%n", seed);
        try (RunLock seedLock = RunDirectory.openForWriting(runDir, "reproduce", System.err)) {
          reproduceOne(one, r.corpus(), runDir, out);
        }
      }
      Report report = SeedSets.write(r.runDir(), set, PrepareRun.identity(set, r.corpus()));
      out.printf(Locale.ROOT, "%nSeed set of %d (seeds %s), means over seeds:%n", list.size(), list);
      for (Report.Metric m : report.metrics()) {
        out.printf(Locale.ROOT, "%s: baseline %.2f, R-Drop %.2f, delta %+.2f%s%n", m.name(), m.baseline(), m.rdrop(),
            m.delta(), m.pValue() == null || m.deltaCi95() == null ? ""
                : String.format(Locale.ROOT, " (95%% CI [%+.2f, %+.2f], p = %.4f, over seeds and test items)",
                    m.deltaCi95().get(0), m.deltaCi95().get(1), m.pValue()));
      }
      out.println("Report: " + dir.root().resolve(RunDirectory.REPORT_HTML));
      return report;
    }
  }
}
