package org.rdrop.pipeline.task.lm;

import static org.rdrop.config.Section.BPE;
import static org.rdrop.config.Section.CLEAN;
import static org.rdrop.config.Section.EVAL;
import static org.rdrop.config.Section.IMAGES;
import static org.rdrop.config.Section.LANG;
import static org.rdrop.config.Section.LANGUAGE_MODEL;
import static org.rdrop.config.Section.SENTENCES;
import static org.rdrop.config.Section.SOURCE_LANG;
import static org.rdrop.config.Section.TARGET_LANG;
import static org.rdrop.config.Section.TOKENIZE;
import static org.rdrop.config.Section.VOCAB;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.Report;
import org.rdrop.config.ExperimentChecks;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.pipeline.eval.ItemScores;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.task.Task;
import org.rdrop.testkit.verdict.PublishedResult;

/**
 * Language modelling (the paper's Table 4): a text stream cut into blocks as fairseq's TokenBlockDataset,
 * perplexity with a context window as fairseq-eval-lm.
 */
public final class LanguageModelTask implements Task {
  @Override
  public String name() {
    return "language_modeling";
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

  /** One text in one language, BPE, and the block sizes of {@code language_model}; the decoder-only model. */
  @Override
  public void checkSections(ExperimentConfig c, ExperimentChecks s) {
    ExperimentConfig.Data d = c.data();
    s.absent(c, SOURCE_LANG, TARGET_LANG, CLEAN, EVAL, IMAGES, SENTENCES);
    // Optional here: the first N training lines (a stream small enough for a model to overfit in budget).
    s.optionalMaxTrainPairs(d);
    if (!s.present(c, LANG, TOKENIZE, BPE, VOCAB, LANGUAGE_MODEL)) {
      return;
    }
    s.languageCode(d.lang(), "data.lang");
    s.textSections(c);
    ExperimentConfig.LanguageModel lm = c.languageModel();
    s.check(lm.tokensPerSample() >= 2, "language_model.tokens_per_sample", ">= 2", lm.tokensPerSample());
    s.check(lm.tokensPerSample() <= c.train().model().maxPositions(), "language_model.tokens_per_sample",
        "<= train.model.max_positions (" + c.train().model().maxPositions() + ")", lm.tokensPerSample());
    s.check(lm.contextWindow() >= 0 && lm.contextWindow() < lm.tokensPerSample(), "language_model.context_window",
        ">= 0 and < tokens_per_sample", lm.contextWindow());
    s.arch(c, "transformer_lm");
  }
}
