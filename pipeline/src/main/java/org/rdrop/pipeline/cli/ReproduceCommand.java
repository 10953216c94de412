package org.rdrop.pipeline.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.pipeline.config.ExperimentConfig;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.pipeline.eval.images.EvaluateClassifier;
import org.rdrop.pipeline.eval.lm.EvaluateLanguageModel;
import org.rdrop.pipeline.eval.EvaluateRun;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.pipeline.progress.RunProgress;
import org.rdrop.pipeline.report.ReportData;
import org.rdrop.testkit.verdict.PublishedResult;
import org.rdrop.testkit.verdict.PublishedResults;
import org.rdrop.pipeline.report.ReportRun;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.testkit.format.RunManifest;
import org.rdrop.trainer.loop.Method;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code rdrop reproduce}: the main job. Prepares the data (or reuses an identical finished preparation),
 * trains the baseline and R-Drop with the same seed and data order (resuming where an earlier run was
 * interrupted), evaluates both on the test set (BLEU with a paired significance test) and writes the
 * report beside the paper's published numbers.
 */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    description = "Prepare, train baseline and R-Drop, evaluate on the test set and write the report.")
public final class ReproduceCommand implements Callable<Integer> {
  /** The published result shown beside every translation experiment's BLEU. */
  static final String PAPER_ROW = "iwslt14-de-en/transformer/bleu";
  /** The closest published rows for the other tasks (different data and scale: shown labelled as such). */
  static final String PAPER_ROW_LM = "wikitext-103/transformer-lm-gpt/test-perplexity";
  static final String PAPER_ROW_IMAGES = "cifar-100/vit-b16/accuracy";

  static final String PREPARE = "prepare";
  static final String EVALUATE = "evaluate"; // both models on the test set (BLEU, perplexity or accuracy), paired bootstrap
  static final String REPORT = "report";
  static final List<String> STAGES = List.of(PREPARE, RunProgress.trainStage(Method.BASELINE),
      RunProgress.trainStage(Method.RDROP), EVALUATE, REPORT);

  @Mixin ExperimentOptions experiment;
  @Mixin RunnerOptions runner;
  @Mixin TrainOverrides overrides;

  @Override
  public Integer call() throws Exception {
    PipelineOptions options = runner.toPipelineOptions(); // a wrong runner setting fails before any work
    ExperimentOptions.Resolved r = experiment.resolve();
    System.err.printf("rdrop reproduce %s -> %s%n", r.experiment().config().name(), r.runDir());
    List<Method> methods = List.of(Method.BASELINE, Method.RDROP);
    String task = r.experiment().config().task();
    PublishedResults published = PublishedResults.read(Experiments.home().resolve("golden"));
    PublishedResult paper;
    List<ReportData.Metric> metrics;
    try (RunProgress progress = RunProgress.open(STAGES, methods)) {
      progress.begin(PREPARE);
      RunManifest m = PrepareRun.reuseOrRun(r.experiment(), r.corpus(), r.runDir(), options, progress.notes());
      progress.end();
      Summaries.printPreparation(m, System.out);
      m = TrainRun.run(r.runDir(), methods, overrides.toOverrides(), true, runner.toPipelineOptions(), progress);
      progress.end();
      Summaries.printTraining(m, System.out);
      progress.begin(EVALUATE);
      switch (task) {
        case ExperimentConfig.LANGUAGE_MODELING -> {
          paper = published.get(PAPER_ROW_LM);
          metrics = EvaluateLanguageModel.run(r.runDir(), paper);
        }
        case ExperimentConfig.IMAGE_CLASSIFICATION -> {
          paper = published.get(PAPER_ROW_IMAGES);
          metrics = EvaluateClassifier.run(r.runDir(), paper);
        }
        default -> {
          paper = published.get(PAPER_ROW);
          metrics = EvaluateRun.run(r.runDir(), paper, runner.toPipelineOptions());
        }
      }
      progress.begin(REPORT);
      String note = "Paper numbers are " + paper.task() + " (" + paper.model() + "); this run is "
          + r.experiment().config().name() + ": compare the direction and significance of the delta, not the values.";
      ReportRun.write(r.runDir(), metrics, List.of(note));
    }
    System.out.println();
    for (ReportData.Metric metric : metrics) {
      System.out.printf(java.util.Locale.ROOT, "%s: baseline %.2f, R-Drop %.2f, delta %+.2f%s%n", metric.name(),
          metric.baseline(), metric.rdrop(), metric.delta(),
          metric.pValue() == null ? "" : String.format(java.util.Locale.ROOT, " (p = %.4f)", metric.pValue()));
    }
    System.out.println("Report: " + r.runDir().resolve("report.html"));
    return 0;
  }
}
