package org.rdrop.pipeline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.pipeline.eval.EvaluateRun;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.pipeline.report.ReportData;
import org.rdrop.pipeline.report.ReportRun;
import org.rdrop.testkit.format.ManifestJson;
import org.rdrop.testkit.verdict.PublishedResult;
import org.rdrop.testkit.verdict.PublishedResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code rdrop evaluate}: what {@code rdrop reproduce} does after training, for a trained run directory:
 * decode the test set with both models, score (BLEU as a Beam stage, paired bootstrap) and rewrite the
 * report. {@code reproduce} calls {@link #evaluateAndReport}, so the two cannot drift apart.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Decode the test set with a trained run's baseline and R-Drop models, score them (sacreBLEU BLEU with",
      "a paired bootstrap, the paper's tokenized BLEU) and rewrite report.{json,md,html}."
    })
public final class EvaluateCommand implements Callable<Integer> {
  /** The published result shown beside every translation experiment's BLEU. */
  static final String PAPER_ROW = "iwslt14-de-en/transformer/bleu";

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run directory with both methods trained.")
  Path runDir;

  @Mixin RunnerOptions runner;

  @Override
  public Integer call() throws Exception {
    PipelineOptions options = runner.toPipelineOptions(); // a wrong runner setting fails before any work
    if (!Files.isRegularFile(runDir.resolve(PrepareRun.MANIFEST))) {
      throw new IOException(runDir + " is not a run directory (no " + PrepareRun.MANIFEST + ")");
    }
    System.err.printf("rdrop evaluate %s%n", runDir);
    evaluateAndReport(runDir, options, System.out, System.err, "[1/2] ", "[2/2] ");
    return 0;
  }

  /**
   * Decode, score, report: prints the metric lines and where the report is. The step labels prefix the
   * two progress lines ("[3/4] " within reproduce).
   */
  static List<ReportData.Metric> evaluateAndReport(Path runDir, PipelineOptions options, PrintStream out,
      PrintStream progress, String evaluateStep, String reportStep) throws IOException {
    String experiment = ManifestJson.read(runDir.resolve(PrepareRun.MANIFEST)).experiment();
    progress.println(evaluateStep + "evaluate: decode the test set with both models, BLEU, paired bootstrap");
    PublishedResult paper = PublishedResults.read(Experiments.home().resolve("golden")).get(PAPER_ROW);
    List<ReportData.Metric> metrics = EvaluateRun.run(runDir, paper, options);
    progress.println(reportStep + "report");
    String note = "Paper numbers are " + paper.task() + " (" + paper.model() + "); this run is "
        + experiment + ": compare the direction and significance of the delta, not the values.";
    ReportRun.write(runDir, metrics, List.of(note));
    out.println();
    for (ReportData.Metric m : metrics) {
      out.printf(Locale.ROOT, "%s: baseline %.2f, R-Drop %.2f, delta %+.2f%s%n", m.name(), m.baseline(), m.rdrop(),
          m.delta(), m.pValue() == null ? ""
              : String.format(Locale.ROOT, " (95%% CI [%+.2f, %+.2f], p = %.4f)", m.deltaInterval().get(0),
                  m.deltaInterval().get(1), m.pValue()));
    }
    out.println("Report: " + runDir.resolve("report.html"));
    return metrics;
  }
}
