package org.rdrop.format;

import java.nio.file.Path;
import java.util.List;

/**
 * One method's directory in a run ({@code baseline/}, {@code rdrop/}): what training writes there (the
 * trainer's layout, trainer/README.md) and what evaluation adds.
 */
public record MethodDirectory(Path root) {
  public static final String RUN_JSON = "run.json";
  public static final String MODEL_PARAMS = "model.params";
  public static final String SUMMARY_JSON = "summary.json";
  public static final String CHECKPOINTS = "checkpoints";
  /** Wall-clock times of the training: host-dependent, so never an artifact or compared. */
  public static final String TIMING_JSON = "timing.json";
  /** The start of a decoded hypotheses file's name: {@code hyp.<split>.<bpe, tok or detok>}. */
  public static final String HYPOTHESES = "hyp.";
  /** What a finished training keeps (checkpoints are pruned as training goes, so they are not listed). */
  public static final List<String> TRAINING_OUTPUTS =
      List.of(RUN_JSON, Curve.CURVE_FILE, Curve.VALID_FILE, Curve.DROPOUT_KL_FILE, MODEL_PARAMS, SUMMARY_JSON);

  public Path runJson() {
    return root.resolve(RUN_JSON);
  }

  public Path curve() {
    return root.resolve(Curve.CURVE_FILE);
  }

  public Path valid() {
    return root.resolve(Curve.VALID_FILE);
  }

  /** The dropout KL on validation data at each validation (both methods; runs with validation data). */
  public Path dropoutKl() {
    return root.resolve(Curve.DROPOUT_KL_FILE);
  }

  /** Where a curve log is written while training runs; renamed to its final name when training ends. */
  public static Path partial(Path finalFile) {
    return finalFile.resolveSibling(finalFile.getFileName() + ".partial");
  }

  public Path params() {
    return root.resolve(MODEL_PARAMS);
  }

  /** What a trained model is loaded from for evaluation: its parameters and its run.json (config, vocabulary). */
  public List<Path> model() {
    return List.of(params(), runJson());
  }

  public Path summary() {
    return root.resolve(SUMMARY_JSON);
  }

  public Path checkpoints() {
    return root.resolve(CHECKPOINTS);
  }

  public Path timing() {
    return root.resolve(TIMING_JSON);
  }

  /** Whether {@code file} is one of a method's decoded hypotheses files (what {@code decode} writes). */
  public static boolean isHypotheses(Path file) {
    return file.getFileName().toString().startsWith(HYPOTHESES);
  }

  /** Translation and summarization: beam-search output of a split as BPE pieces. */
  public Path hypothesesBpe(String split) {
    return root.resolve(HYPOTHESES + split + ".bpe");
  }

  /** Translation and summarization: beam-search output of a split as Moses tokens (BPE joined). */
  public Path hypothesesTokenized(String split) {
    return root.resolve(HYPOTHESES + split + ".tok");
  }

  /** Translation and summarization: beam-search output of a split as detokenized text (what sacreBLEU scores). */
  public Path hypothesesDetokenized(String split) {
    return root.resolve(HYPOTHESES + split + ".detok");
  }

  /** Translation: the per-block BLEU statistics of a split. */
  public Path bleuScores(String split) {
    return root.resolve("bleu." + split + ".tsv");
  }

  /** Language modelling: per-token scores of a split. */
  public Path lmScores(String split) {
    return root.resolve("lm-scores." + split + ".tsv");
  }

  /** Summarization: each example's ROUGE precision, recall and F-measure of a split. */
  public Path rougeScores(String split) {
    return root.resolve("rouge." + split + ".tsv");
  }

  /** Image classification: per-image predictions of a split. */
  public Path predictions(String split) {
    return root.resolve("predictions." + split + ".tsv");
  }
}
