package org.rdrop.pipeline.task.images;

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
import org.rdrop.pipeline.eval.EvaluateClassifier;
import org.rdrop.pipeline.eval.ItemScores;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.task.Task;
import org.rdrop.testkit.verdict.PublishedResult;

/** Image classification (the paper's ViT rows): images as patch sequences, accuracy on the test images. */
public final class ImageClassificationTask implements Task {
  @Override
  public String name() {
    return "image_classification";
  }

  @Override
  public Preparation preparation() {
    return new ImagePreparation();
  }

  /** The closest published row (different data and scale: the report labels it as such). */
  @Override
  public String paperRow() {
    return "cifar-100/vit-b16/accuracy";
  }

  @Override
  public List<Report.Metric> evaluate(Path runDir, PublishedResult paper, PipelineOptions options)
      throws IOException {
    return EvaluateClassifier.run(runDir, paper);
  }

  @Override
  public List<ItemScores> itemScores(Path runDir) throws IOException {
    return EvaluateClassifier.itemScores(runDir);
  }

  @Override
  public Rederived rederive(Path runDir, PublishedResult paper) throws IOException {
    return new Rederived(EvaluateClassifier.metrics(runDir, paper), new TreeMap<>());
  }

  /** Pixels and classes ({@code images}), no text sections; the ViT, batched by count. */
  @Override
  public void checkSections(ExperimentConfig c, ExperimentChecks s) {
    ExperimentConfig.Data d = c.data();
    s.absent(c, SOURCE_LANG, TARGET_LANG, CLEAN, LANG, TOKENIZE, BPE, VOCAB, EVAL, LANGUAGE_MODEL, SENTENCES);
    // Optional here: the first N training images (a subset small enough for a model to overfit in budget).
    s.optionalMaxTrainPairs(d);
    if (!s.present(c, IMAGES)) {
      return;
    }
    s.check(c.images().pixelMax() >= 1 && c.images().pixelMax() <= 255, "images.pixel_max", "in 1..255",
        c.images().pixelMax());
    s.check(c.images().classes() >= 2, "images.classes", ">= 2", c.images().classes());
    s.arch(c, "vit");
    s.check(c.batch().maxSentences() > 0, "batch.max_sentences", "> 0 (images are batched by count)",
        c.batch().maxSentences());
  }
}
