package org.rdrop.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunLock;
import org.rdrop.format.SeedSetDirectory;
import org.rdrop.format.SeedSetManifest;
import org.rdrop.cli.progress.RunProgress;
import org.rdrop.report.Overtaking;
import org.rdrop.pipeline.run.ReportRun;
import org.rdrop.report.ReportWriter;
import org.rdrop.pipeline.run.Evaluations;
import org.rdrop.pipeline.run.SeedSets;
import org.rdrop.trainer.loop.TrainTiming;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code rdrop evaluate}: what {@code rdrop reproduce} does after training, for a trained run directory:
 * evaluate both models on the test set (for translation: decode, BLEU as a Beam stage, paired bootstrap)
 * and rewrite the report. {@code reproduce} calls {@link #evaluateAndReport}, so the two cannot drift apart.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate a trained run's baseline and R-Drop models on the test set (translation: decode, sacreBLEU",
      "BLEU with a paired bootstrap and the paper's tokenized BLEU; language model: perplexity; classifier:",
      "accuracy) and rewrite report.{json,md,html}."
    })
public final class EvaluateCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin org.rdrop.trainer.cli.NumericsOption numerics;

  static final String EVALUATE = "evaluate"; // both models on the test set, paired bootstrap
  static final String REPORT = "report";

  @Parameters(index = "0", paramLabel = "RUN_DIR",
      description = "A run directory with both methods trained, or a seed set's directory (each seed's run, then the"
          + " set's report).")
  Path runDir;

  @Mixin RunnerOptions runner;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PipelineOptions options = runner.toPipelineOptions(); // a wrong runner setting fails before any work
    if (SeedSetDirectory.isSeedSet(runDir)) {
      evaluateSet(options);
      return 0;
    }
    try (RunLock lock = RunDirectory.openForWriting(runDir, "evaluate", System.err)) {
      if (!Files.isRegularFile(RunDirectory.of(runDir).manifest())) {
        throw new IOException(runDir + " is not a run directory (no " + RunDirectory.MANIFEST + ")");
      }
      System.err.printf("rdrop evaluate %s%n", runDir);
      try (RunProgress progress = RunProgress.open(List.of(EVALUATE, REPORT), List.of())) {
        evaluateAndReport(runDir, options, spec.commandLine().getOut(), progress);
      }
    }
    return 0;
  }

  /**
   * A seed set: each seed's run evaluated and reported as one run, then the set's manifest and report
   * rewritten from them; no training, so a set reported by an older rdrop gets this one's report files.
   */
  private void evaluateSet(PipelineOptions options) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (RunLock lock = SeedSetDirectory.openForWriting(runDir, "evaluate", System.err)) {
      SeedSetManifest set = SeedSets.requireRecordedRuns(runDir); // before anything is rewritten
      for (SeedSetManifest.Run r : set.runs()) {
        Path seedDir = runDir.resolve(r.run());
        System.err.printf("rdrop evaluate %s%n", seedDir);
        out.printf(Locale.ROOT, "%nSeed %d:%n", r.seed());
        try (RunLock seedLock = RunDirectory.openForWriting(seedDir, "evaluate", System.err);
            RunProgress progress = RunProgress.open(List.of(EVALUATE, REPORT), List.of())) {
          evaluateAndReport(seedDir, options, out, progress);
        }
      }
      Report report = SeedSets.rerecord(runDir);
      out.printf(Locale.ROOT, "%nSeed set of %d, means over seeds:%n", set.runs().size());
      Reproductions.printSetMetrics(out, report, runDir);
    }
  }

  /**
   * Evaluates both models on the test set as the experiment's task asks (translation: decode and BLEU;
   * language modeling: perplexity; image classification: accuracy; each with a paired bootstrap) and
   * rewrites the report; prints the metric lines and where the report is.
   */
  static List<Report.Metric> evaluateAndReport(Path runDir, PipelineOptions options, PrintWriter out,
      RunProgress progress) throws IOException {
    progress.begin(EVALUATE);
    List<Report.Metric> metrics = Evaluations.evaluate(runDir, options);
    progress.begin(REPORT);
    Report report = ReportRun.write(runDir, metrics, Evaluations.notes(runDir));
    progress.end();
    out.println();
    for (Report.Metric m : metrics) {
      out.printf(Locale.ROOT, "%s: baseline %.2f, R-Drop %.2f, delta %+.2f%s%n", m.name(), m.baseline(), m.rdrop(),
          m.delta(), m.pValue() == null || m.deltaCi95() == null ? ""
              : String.format(Locale.ROOT, " (95%% CI [%+.2f, %+.2f], p = %.4f)", m.deltaCi95().get(0),
                  m.deltaCi95().get(1), m.pValue()));
    }
    String cost = ReportWriter.costLine(report);
    if (cost != null) {
      out.println(cost);
    }
    RunDirectory run = RunDirectory.of(runDir);
    Double base = TrainTiming.secondsPerUpdate(run.method(Method.BASELINE).root());
    Double rdrop = TrainTiming.secondsPerUpdate(run.method(Method.RDROP).root());
    if (base != null && rdrop != null) {
      // Wall-clock: printed, never written into the report (outputs are reproducible, times are not).
      Double baseStep = TrainTiming.updateStepSeconds(run.method(Method.BASELINE).root());
      Double rdropStep = TrainTiming.updateStepSeconds(run.method(Method.RDROP).root());
      String steps = baseStep == null || rdropStep == null ? "" : String.format(Locale.ROOT,
          "; the update steps alone %.3f s and %.3f s (%.2fx), validations, checkpoints and logs the rest",
          baseStep, rdropStep, rdropStep / baseStep);
      out.printf(Locale.ROOT, "Wall time per update: baseline %.3f s, R-Drop %.3f s (%.2fx%s; <method>/%s)%n", base,
          rdrop, rdrop / base, steps, TrainTiming.FILE);
    }
    String overtake = Overtaking.wallTime(report.overtake(), base, rdrop);
    if (overtake != null) {
      out.println(overtake);
    }
    out.println("Report: " + run.reportHtml());
    return metrics;
  }
}
