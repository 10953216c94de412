package org.rdrop.pipeline.task.sentences;

import static org.rdrop.config.Section.BPE;
import static org.rdrop.config.Section.CLEAN;
import static org.rdrop.config.Section.EVAL;
import static org.rdrop.config.Section.IMAGES;
import static org.rdrop.config.Section.LANG;
import static org.rdrop.config.Section.LANGUAGE_MODEL;
import static org.rdrop.config.Section.MAX_TRAIN_PAIRS;
import static org.rdrop.config.Section.SENTENCES;
import static org.rdrop.config.Section.SENTENCE_LABELS;
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
import org.rdrop.trainer.config.TrainConfig;

/**
 * The sentence tasks (the paper's GLUE rows): sentences or sentence pairs in GLUE's TSV files, one preparation,
 * a Transformer encoder with a head. They differ in the label and what is scored on the test sentences; each
 * has its own line in the tasks' services file.
 */
public abstract sealed class SentenceTask implements Task permits SentenceTask.Classification,
    SentenceTask.Regression {
  /** A classification head; accuracy, F1 (two classes) and Matthews correlation. */
  public static final class Classification extends SentenceTask {
    public Classification() {
      super("sentence_classification", false);
    }
  }

  /**
   * A scalar head (the paper's STS-B, where R-Drop uses the MSE between the passes' outputs); Pearson and
   * Spearman correlation.
   */
  public static final class Regression extends SentenceTask {
    public Regression() {
      super("regression", true);
    }
  }

  private final String name;
  private final boolean regression;

  private SentenceTask(String name, boolean regression) {
    this.name = name;
    this.regression = regression;
  }

  @Override
  public String name() {
    return name;
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
    return regression ? EvaluateSentences.regression(runDir, paper)
        : EvaluateSentences.classification(runDir, paper);
  }

  @Override
  public List<ItemScores> itemScores(Path runDir) throws IOException {
    return EvaluateSentences.itemScores(runDir, regression);
  }

  @Override
  public Rederived rederive(Path runDir, PublishedResult paper) throws IOException {
    return new Rederived(regression ? EvaluateSentences.regressionMetrics(runDir, paper)
        : EvaluateSentences.classificationMetrics(runDir, paper), new TreeMap<>());
  }

  /**
   * Language modelling's text sections plus {@code sentences}; the model is the task's encoder, with one output
   * per label for a classification.
   */
  @Override
  public void checkSections(ExperimentConfig c, ExperimentChecks s) {
    ExperimentConfig.Data d = c.data();
    s.absent(c, SOURCE_LANG, TARGET_LANG, MAX_TRAIN_PAIRS, CLEAN, EVAL, LANGUAGE_MODEL, IMAGES);
    if (!s.present(c, LANG, TOKENIZE, BPE, VOCAB, SENTENCES)) {
      return;
    }
    s.languageCode(d.lang(), "data.lang");
    s.textSections(c);
    ExperimentConfig.Sentences t = c.sentences();
    Integer second = t.sentence2();
    s.check(t.sentence1() >= 0, "sentences.sentence1", "a column >= 0", t.sentence1());
    s.check(second == null || second >= 0 && second != t.sentence1(), "sentences.sentence2",
        "a column >= 0 other than sentence1", second);
    s.check(t.label() >= 0 && t.label() != t.sentence1() && !Integer.valueOf(t.label()).equals(second),
        "sentences.label", "a column >= 0 other than the sentences'", t.label());
    if (regression) {
      s.absent(c, SENTENCE_LABELS);
      s.arch(c, TrainConfig.TEXT_REGRESSOR);
      s.check(c.train().regularization().consistency().equals("mse"), "train.regularization.consistency",
          "mse for " + name + " (as the paper's STS-B)", c.train().regularization().consistency());
    } else if (s.present(c, SENTENCE_LABELS)) {
      s.check(t.labels().size() >= 2 && t.labels().stream().distinct().count() == t.labels().size(),
          "sentences.labels", "two or more distinct values", t.labels());
      s.arch(c, TrainConfig.TEXT_CLASSIFIER);
      s.check(Integer.valueOf(t.labels().size()).equals(c.train().model().classes()), "train.model.classes",
          "the number of sentences.labels (" + t.labels().size() + ")", c.train().model().classes());
    }
  }
}
