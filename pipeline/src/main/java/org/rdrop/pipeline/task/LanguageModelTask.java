package org.rdrop.pipeline.task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.Report;
import org.rdrop.pipeline.config.ExperimentConfig;
import org.rdrop.pipeline.eval.ItemScores;
import org.rdrop.pipeline.eval.lm.EvaluateLanguageModel;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.prepare.lm.LmPreparation;
import org.rdrop.testkit.verdict.PublishedResult;

/**
 * Language modelling (the paper's Table 4): a text stream cut into blocks as fairseq's TokenBlockDataset,
 * perplexity with a context window as fairseq-eval-lm.
 */
public final class LanguageModelTask implements Task {
  @Override
  public String name() {
    return ExperimentConfig.LANGUAGE_MODELING;
  }

  @Override
  public Preparation preparation() {
    return new LmPreparation();
  }

  /** The closest published row (different data and scale: the report labels it as such). */
  @Override
  public String paperRow() {
    return "wikitext-103/transformer-lm-gpt/test-perplexity";
  }

  @Override
  public List<Report.Metric> evaluate(Path runDir, PublishedResult paper, PipelineOptions options)
      throws IOException {
    return EvaluateLanguageModel.run(runDir, paper);
  }

  @Override
  public List<ItemScores> itemScores(Path runDir) throws IOException {
    return EvaluateLanguageModel.itemScores(runDir);
  }

  @Override
  public Rederived rederive(Path runDir, PublishedResult paper) throws IOException {
    return new Rederived(EvaluateLanguageModel.metrics(runDir, paper), new TreeMap<>());
  }
}
