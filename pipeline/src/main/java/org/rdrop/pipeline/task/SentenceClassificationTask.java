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
 * Sentence (or sentence-pair) classification (the paper's GLUE classification tasks): a Transformer encoder with a
 * classification head; accuracy, F1 (two classes) and Matthews correlation on the test sentences.
 */
public final class SentenceClassificationTask implements Task {
  @Override
  public String name() {
    return ExperimentConfig.SENTENCE_CLASSIFICATION;
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
    return EvaluateSentences.classification(runDir, paper);
  }

  @Override
  public List<ItemScores> itemScores(Path runDir) throws IOException {
    return EvaluateSentences.itemScores(runDir, false);
  }

  @Override
  public Rederived rederive(Path runDir, PublishedResult paper) throws IOException {
    return new Rederived(EvaluateSentences.classificationMetrics(runDir, paper), new TreeMap<>());
  }
}
