package org.rdrop.pipeline.task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.format.Report;
import org.rdrop.pipeline.config.ExperimentConfig;
import org.rdrop.pipeline.eval.ItemScores;
import org.rdrop.pipeline.eval.images.EvaluateClassifier;
import org.rdrop.pipeline.prepare.Preparation;
import org.rdrop.pipeline.prepare.images.ImagePreparation;
import org.rdrop.testkit.verdict.PublishedResult;

/** Image classification (the paper's ViT rows): images as patch sequences, accuracy on the test images. */
public final class ImageClassificationTask implements Task {
  @Override
  public String name() {
    return ExperimentConfig.IMAGE_CLASSIFICATION;
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
}
