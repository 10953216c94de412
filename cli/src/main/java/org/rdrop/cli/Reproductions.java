package org.rdrop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunLock;
import org.rdrop.format.RunManifest;
import org.rdrop.format.SeedSetDirectory;
import org.rdrop.config.Experiments;
import org.rdrop.cli.progress.RunProgress;
import org.rdrop.pipeline.run.PrepareRun;
import org.rdrop.pipeline.run.SeedSets;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.trainer.loop.TrainProgress;

/**
 * The main job's steps for one experiment, shared by {@code reproduce}, {@code reproduce --suite} and
 * {@code study}: one run (prepare or reuse, train both methods resuming, evaluate, report) or a seed set
 * (each seed's run, then the set's report), on the runner and with the training overrides given.
 */
final class Reproductions {
  private final RunnerOptions runner;
  private final TrainOverrides overrides;
  private final PrintWriter out;
  private final boolean reuseFinished;

  /**
   * @param reuseFinished take a finished run as it is (suites and studies); otherwise a finished run is
   *     evaluated and reported again, as {@code reproduce} of one experiment always did
   */
  Reproductions(RunnerOptions runner, TrainOverrides overrides, PrintWriter out, boolean reuseFinished) {
    this.runner = runner;
    this.overrides = overrides;
    this.out = out;
    this.reuseFinished = reuseFinished;
  }

  /** One experiment: a seed set, or one run; its report. */
  Report experiment(ExperimentOptions.Resolved r) throws IOException {
    if (r.experiment().config().isSeedSet()) {
      return seedSet(r);
    }
    if (reuseFinished && SeedSets.finished(r.runDir(), PrepareRun.identity(r.experiment(), r.corpus()))) {
      System.err.printf("rdrop reproduce %s: finished in %s, reused%n", r.experiment().config().name(), r.runDir());
    } else {
      System.err.printf("rdrop reproduce %s -> %s%n", r.experiment().config().name(), r.runDir());
      try (RunLock lock = RunDirectory.openForWriting(r.runDir(), "reproduce", System.err)) {
        one(r.experiment(), r.corpus(), r.runDir());
      }
    }
    return Report.read(RunDirectory.of(r.runDir()).reportJson());
  }

  /** One run: prepare (or reuse), train both methods (resuming), evaluate, report. The caller holds the lock. */
  void one(Experiments.Experiment exp, Path corpus, Path runDir) throws IOException {
    List<Method> methods = List.of(Method.BASELINE, Method.RDROP);
    try (RunProgress progress = RunProgress.open(ReproduceCommand.STAGES, methods)) {
      progress.stopsByPatience(exp.config().train().convergence().patience() > 0);
      progress.begin(ReproduceCommand.PREPARE);
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
   * On Flink, the seeds are parallel work items: every unfinished seed's run is prepared, then all are
   * trained in one pipeline with one work item per run ({@link TrainRun#runAll}; side by side on task managers
   * in separate JVMs). Evaluation and the report follow
   * seed by seed, as on the DirectRunner, so every run ends with the same bytes either way.
   */
  private void seedsSideBySide(ExperimentOptions.Resolved r) throws IOException {
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
        out.printf(Locale.ROOT, "Training %d seeds' runs as parallel work items on %s.%n", toTrain.size(),
            runner.runner);
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
  Report seedSet(ExperimentOptions.Resolved r) throws IOException {
    Experiments.Experiment set = r.experiment();
    List<Long> list = set.config().seeds();
    SeedSetDirectory dir = SeedSetDirectory.of(r.runDir());
    System.err.printf("rdrop reproduce %s, seeds %s -> %s%n", set.config().name(), list, r.runDir());
    try (RunLock lock = SeedSetDirectory.openForWriting(r.runDir(), "reproduce", System.err)) {
      if (runner.runner.equals(RunnerOptions.FLINK)) {
        seedsSideBySide(r);
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
          one(one, r.corpus(), runDir);
        }
      }
      Report report = SeedSets.write(r.runDir(), set, PrepareRun.identity(set, r.corpus()));
      out.printf(Locale.ROOT, "%nSeed set of %d (seeds %s), means over seeds:%n", list.size(), list);
      printSetMetrics(out, report, dir.root());
      return report;
    }
  }

  /** A seed set's metric lines (means over seeds, with the interval and p over seeds and items) and its report. */
  static void printSetMetrics(PrintWriter out, Report report, Path setDir) {
    for (Report.Metric m : report.metrics()) {
      out.printf(Locale.ROOT, "%s: baseline %.2f, R-Drop %.2f, delta %+.2f%s%n", m.name(), m.baseline(), m.rdrop(),
          m.delta(), m.pValue() == null || m.deltaCi95() == null ? ""
              : String.format(Locale.ROOT, " (95%% CI [%+.2f, %+.2f], p = %.4f, over seeds and test items)",
                  m.deltaCi95().get(0), m.deltaCi95().get(1), m.pValue()));
    }
    out.println("Report: " + setDir.resolve(RunDirectory.REPORT_HTML));
  }
}
