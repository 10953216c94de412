package org.rdrop.pipeline.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.pipeline.config.ExperimentConfig;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.pipeline.eval.images.EvaluateClassifier;
import org.rdrop.pipeline.eval.lm.EvaluateLanguageModel;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.testkit.verdict.PublishedResult;
import org.rdrop.testkit.verdict.PublishedResults;

/**
 * The test-set evaluation of each task, in two halves: {@link #evaluate} runs the models and writes their
 * outputs (hypotheses, per-block scores, predictions), {@link #metrics} turns those files into the report's
 * metric rows. {@code rdrop evaluate} does both; {@code rdrop check} re-derives the rows from the files
 * alone and compares them with report.json.
 */
public final class Evaluations {
  /** The published result shown beside every translation experiment's BLEU. */
  static final String PAPER_ROW = "iwslt14-de-en/transformer/bleu";
  /** The closest published rows for the other tasks (different data and scale: shown labelled as such). */
  static final String PAPER_ROW_LM = "wikitext-103/transformer-lm-gpt/test-perplexity";
  static final String PAPER_ROW_IMAGES = "cifar-100/vit-b16/accuracy";

  private Evaluations() {}

  /** Evaluates both models on the test set as the experiment's task asks; returns the metric rows. */
  public static List<Report.Metric> evaluate(Path runDir, PipelineOptions options) throws IOException {
    ExperimentConfig config = config(runDir);
    PublishedResult paper = paper(config);
    return switch (config.task()) {
      case ExperimentConfig.LANGUAGE_MODELING -> EvaluateLanguageModel.run(runDir, paper);
      case ExperimentConfig.IMAGE_CLASSIFICATION -> EvaluateClassifier.run(runDir, paper);
      default -> EvaluateRun.run(runDir, paper, options);
    };
  }

  /**
   * The metric rows from the files evaluation left in the run directory, without a model or a pipeline
   * (translation: BLEU statistics recomputed from the hypotheses and the reference).
   */
  public static List<Report.Metric> metrics(Path runDir) throws IOException {
    return metrics(runDir, null);
  }

  /**
   * {@link #metrics(Path)}, for translation from BLEU tables the caller already re-derived
   * ({@link EvaluateRun#rederiveTables}; null: re-derive them here).
   */
  public static List<Report.Metric> metrics(Path runDir, Map<Method, BleuStatsTable.Table> bleuTables)
      throws IOException {
    ExperimentConfig config = config(runDir);
    PublishedResult paper = paper(config);
    return switch (config.task()) {
      case ExperimentConfig.LANGUAGE_MODELING -> EvaluateLanguageModel.metrics(runDir, paper);
      case ExperimentConfig.IMAGE_CLASSIFICATION -> EvaluateClassifier.metrics(runDir, paper);
      default -> EvaluateRun.metrics(runDir,
          bleuTables != null ? bleuTables : EvaluateRun.rederiveTables(runDir), paper);
    };
  }

  /** The report's notes: what the paper row beside the metrics is, and what it is not. */
  public static List<String> notes(Path runDir) throws IOException {
    ExperimentConfig config = config(runDir);
    PublishedResult paper = paper(config);
    return List.of("Paper numbers are " + paper.task() + " (" + paper.model() + "); this run is "
        + config.name() + ": compare the direction and significance of the delta, not the values.");
  }

  private static ExperimentConfig config(Path runDir) throws IOException {
    Path manifestFile = runDir.resolve(PrepareRun.MANIFEST);
    return Experiments.configOf(ManifestJson.read(manifestFile), manifestFile);
  }

  private static PublishedResult paper(ExperimentConfig config) throws IOException {
    PublishedResults published = PublishedResults.read(Experiments.home().resolve("golden"));
    return published.get(switch (config.task()) {
      case ExperimentConfig.LANGUAGE_MODELING -> PAPER_ROW_LM;
      case ExperimentConfig.IMAGE_CLASSIFICATION -> PAPER_ROW_IMAGES;
      default -> PAPER_ROW;
    });
  }
}
