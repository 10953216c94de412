package org.rdrop.pipeline.task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.Report;
import org.rdrop.pipeline.config.ExperimentConfig;
import org.rdrop.pipeline.eval.ItemScores;
import org.rdrop.pipeline.eval.sentences.EvaluateSentences;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.prepare.sentences.SentencePreparation;
import org.rdrop.testkit.verdict.PublishedResult;

/**
 * Sentence (or sentence-pair) regression (the paper's STS-B, where R-Drop uses the MSE between the passes' outputs):
 * the encoder with a scalar head; Pearson and Spearman correlation on the test sentences.
 */
public final class RegressionTask implements Task {
  @Override
  public String name() {
    return ExperimentConfig.REGRESSION;
  }

  @Override
  public Preparation preparation() {
    return new SentencePreparation();
  }

  /** The GLUE row with a published delta (different data, model and scale: the report labels it as such). */
  @Override
  public String paperRow() {
    return "glue-dev/bert-base/average";
  }

  @Override
  public List<Report.Metric> evaluate(Path runDir, PublishedResult paper, PipelineOptions options)
      throws IOException {
    return EvaluateSentences.regression(runDir, paper);
  }

  @Override
  public List<ItemScores> itemScores(Path runDir) throws IOException {
    return EvaluateSentences.itemScores(runDir, true);
  }

  @Override
  public Rederived rederive(Path runDir, PublishedResult paper) throws IOException {
    return new Rederived(EvaluateSentences.regressionMetrics(runDir, paper), new TreeMap<>());
  }
}
