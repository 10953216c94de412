package org.rdrop.trainer.evaluate;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.data.BatchFile;
import org.rdrop.trainer.data.Example;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.data.RegressionTarget;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.decode.TrainedModel;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.model.SequenceModel;
import org.rdrop.trainer.model.TransformerLm;
import org.rdrop.trainer.model.VitClassifier;

/**
 * Evaluation with the reference as decoder input (no search), without dropout: per-sentence negative
 * log-likelihoods for translation (validation/test loss and perplexity), per-block ones for a language
 * model with a context window (fairseq eval-lm), and per-example predictions for the classifier. Sums of
 * float32 log-probabilities are taken in double. Losses are in nats; perplexity is exp(nll / tokens).
 */
public final class TeacherForced {
  /** Logits per piece: the [rows, T, V] log-probabilities are made a few rows at a time. */
  static final long CHUNK_ELEMENTS = 1L << 22;

  private TeacherForced() {}

  /** One sentence's (or block's) negative log-likelihood over its {@code tokens} scored tokens, eos included. */
  public record Score(long id, double nll, long tokens) {}

  /** A classifier's answer for one example: the highest-scoring output (lowest id among equals). */
  public record Prediction(long id, int predicted, int target) {
    public boolean correct() {
      return predicted == target;
    }
  }

  /** {@link #sentences} for a trained run on a batch file (e.g. {@code data/test.batches}), with the run's threads. */
  public static List<Score> sentences(TrainedModel trained, Path batchFile) throws IOException {
    trained.useRunThreads();
    return sentences(trained.model(), trained.manager(), BatchFile.read(batchFile));
  }

  /** {@link #classify} for a trained classifier run (vit, text_classifier) on a batch file, with the run's threads. */
  public static List<Prediction> classify(TrainedModel trained, Path batchFile) throws IOException {
    SequenceModel model = trained.model();
    if (!(model instanceof VitClassifier) && !model.arch().equals(TrainConfig.TEXT_CLASSIFIER)) {
      throw new IllegalArgumentException("accuracy needs a vit or text_classifier run, this one has " + model.arch());
    }
    trained.useRunThreads();
    return classify(model, trained.manager(), BatchFile.read(batchFile));
  }

  /** A regressor's answer for one example: its output and the target value. */
  public record Estimate(long id, double predicted, double target) {}

  /** {@link #regress} for a trained text_regressor run on a batch file, with the run's threads. */
  public static List<Estimate> regress(TrainedModel trained, Path batchFile) throws IOException {
    if (!trained.model().arch().equals(TrainConfig.TEXT_REGRESSOR)) {
      throw new IllegalArgumentException("correlations need a text_regressor run, this one has "
          + trained.model().arch());
    }
    trained.useRunThreads();
    return regress(trained.model(), trained.manager(), BatchFile.read(batchFile));
  }

  /** Per example, the regression head's output (float, as computed) beside its target value. */
  public static List<Estimate> regress(SequenceModel model, NDManager manager, List<List<Example>> batches) {
    List<Estimate> out = new ArrayList<>();
    for (List<Example> examples : batches) {
      PaddedBatch b = PaddedBatch.of(examples);
      float[] z;
      try (NDScope scope = new NDScope()) {
        scope.suppressNotUsedWarning();
        z = model.logits(DropoutContext.inference(), manager, b).toFloatArray();
      }
      for (int r = 0; r < b.rows(); r++) {
        out.add(new Estimate(examples.get(r).id(), z[r], RegressionTarget.value(examples.get(r).target(), 0)));
      }
    }
    return out;
  }

  /** Per example of each batch, the sum over its target tokens of -log p(token | source, earlier tokens). */
  public static List<Score> sentences(SequenceModel model, NDManager manager, List<List<Example>> batches) {
    List<Score> out = new ArrayList<>();
    for (List<Example> examples : batches) {
      PaddedBatch b = PaddedBatch.of(examples);
      double[] nll = rowNll(model, manager, b);
      for (int r = 0; r < b.rows(); r++) {
        out.add(new Score(examples.get(r).id(), nll[r], examples.get(r).target().length));
      }
    }
    return out;
  }

  /**
   * A language model on a token stream as fairseq eval-lm with {@code --tokens-per-sample} and {@code
   * --context-window} (see {@link ContextWindows}); {@code blocksPerBatch} blocks share a forward pass.
   * The score's id is the block number.
   */
  public static List<Score> languageModel(TransformerLm model, NDManager manager, int[] stream, int tokensPerSample,
      int contextWindow, int maxPositions, int blocksPerBatch) {
    if (tokensPerSample + contextWindow > maxPositions) {
      throw new IllegalArgumentException("tokens_per_sample " + tokensPerSample + " + context_window "
          + contextWindow + " exceed the model's max_positions " + maxPositions);
    }
    List<ContextWindows.Window> windows = ContextWindows.of(stream, tokensPerSample, contextWindow);
    List<Score> out = new ArrayList<>();
    for (int from = 0; from < windows.size(); from += blocksPerBatch) {
      List<ContextWindows.Window> group = windows.subList(from, Math.min(windows.size(), from + blocksPerBatch));
      int rows = group.size();
      int len = group.stream().mapToInt(w -> w.input().length).max().orElseThrow();
      int[] input = new int[rows * len];
      int[] target = new int[rows * len];
      Arrays.fill(input, Specials.PAD);
      Arrays.fill(target, Specials.PAD);
      for (int r = 0; r < rows; r++) {
        ContextWindows.Window w = group.get(r);
        System.arraycopy(w.input(), 0, input, r * len, w.input().length);
        System.arraycopy(w.targets(), 0, target, r * len + w.firstScored(), w.targets().length);
      }
      double[] nll = rowNll(model, manager, new PaddedBatch(rows, 0, len, new int[0], input, target, 0));
      for (int r = 0; r < rows; r++) {
        out.add(new Score(group.get(r).index(), nll[r], group.get(r).targets().length));
      }
    }
    return out;
  }

  /** Per example, the classifier's prediction against its single target id. */
  public static List<Prediction> classify(SequenceModel model, NDManager manager, List<List<Example>> batches) {
    // A text classifier answers with a class: its outputs for the 4 specials (ids below any class) are not
    // candidates, however little training they had. vit keeps the plain argmax its goldens were made with.
    int first = model.arch().equals(TrainConfig.TEXT_CLASSIFIER) ? Specials.COUNT : 0;
    List<Prediction> out = new ArrayList<>();
    for (List<Example> examples : batches) {
      PaddedBatch b = PaddedBatch.of(examples);
      float[] logits;
      try (NDScope scope = new NDScope()) {
        scope.suppressNotUsedWarning();
        logits = model.logits(DropoutContext.inference(), manager, b).toFloatArray();
      }
      int v = logits.length / b.rows();
      for (int r = 0; r < b.rows(); r++) {
        int best = first;
        for (int c = first + 1; c < v; c++) {
          if (logits[r * v + c] > logits[r * v + best]) {
            best = c;
          }
        }
        out.add(new Prediction(examples.get(r).id(), best, examples.get(r).target()[0]));
      }
    }
    return out;
  }

  /** Total nll over total tokens, as exp: the perplexity of a set of scores. */
  public static double perplexity(List<Score> scores) {
    double nll = 0;
    long tokens = 0;
    for (Score s : scores) {
      nll += s.nll();
      tokens += s.tokens();
    }
    return StrictMath.exp(nll / tokens);
  }

  /** Per row, -sum of log p(target) over non-pad target positions. */
  private static double[] rowNll(SequenceModel model, NDManager manager, PaddedBatch b) {
    int rows = b.rows();
    int t = b.targetLen();
    double[] nll = new double[rows];
    try (NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      NDArray h = model.features(DropoutContext.inference(), manager, b);
      long vocab = model.outputWeight().getShape().get(0);
      int step = (int) Math.max(1, CHUNK_ELEMENTS / ((long) t * vocab));
      for (int r0 = 0; r0 < rows; r0 += step) {
        int r1 = Math.min(rows, r0 + step);
        try (NDScope chunk = new NDScope()) {
          chunk.suppressNotUsedWarning();
          NDArray hc = h.get(new NDIndex("{}:{}", r0, r1));
          NDArray logits = hc.getNDArrayInternal().linear(hc, model.outputWeight(), model.outputBias()).singletonOrThrow();
          long[] idx = new long[(r1 - r0) * t];
          for (int i = 0; i < idx.length; i++) {
            int y = b.target()[r0 * t + i];
            idx[i] = y == Specials.PAD ? 0 : y;
          }
          NDArray index = manager.create(idx, new Shape(r1 - r0, t, 1));
          float[] lp = logits.logSoftmax(-1).gather(index, 2).toFloatArray();
          for (int i = 0; i < lp.length; i++) {
            if (b.target()[r0 * t + i] != Specials.PAD) {
              nll[r0 + i / t] -= lp[i];
            }
          }
        }
      }
    }
    return nll;
  }
}
