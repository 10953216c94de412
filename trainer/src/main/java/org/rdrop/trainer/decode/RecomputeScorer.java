package org.rdrop.trainer.decode;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import java.util.Arrays;
import java.util.List;
import org.rdrop.trainer.data.PaddedBatch;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.dropout.DropoutContext;
import org.rdrop.trainer.model.SequenceModel;

/**
 * A {@link StepScorer} that runs the whole model (encoder and decoder over the full prefix, the training
 * forward without dropout) at every step and takes the last position. Quadratic in the length; it is the
 * reference the incremental decoder is checked against.
 */
public final class RecomputeScorer implements StepScorer {
  private final SequenceModel model;
  private final NDManager manager;
  private final List<int[]> sources;
  private final int vocab;
  private int[] rowSource;

  /** {@code sources}: one id sequence per sentence (ending with eos). */
  public RecomputeScorer(SequenceModel model, NDManager manager, List<int[]> sources, int vocab) {
    this.model = model;
    this.manager = manager;
    this.sources = List.copyOf(sources);
    this.vocab = vocab;
    this.rowSource = new int[sources.size()];
    Arrays.setAll(rowSource, i -> i);
  }

  @Override
  public int vocab() {
    return vocab;
  }

  @Override
  public float[] next(int[][] prefixes) {
    int rows = prefixes.length;
    int t = prefixes[0].length;
    int s = 0;
    for (int r : rowSource) {
      s = Math.max(s, sources.get(r).length);
    }
    int[] src = new int[rows * s];
    int[] prev = new int[rows * t];
    Arrays.fill(src, Specials.PAD);
    for (int r = 0; r < rows; r++) {
      int[] x = sources.get(rowSource[r]);
      System.arraycopy(x, 0, src, r * s, x.length);
      System.arraycopy(prefixes[r], 0, prev, r * t, t);
    }
    PaddedBatch batch = new PaddedBatch(rows, s, t, src, prev, new int[rows * t], 0);
    try (NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      NDArray logits = model.logits(DropoutContext.inference(), manager, batch);
      return logits.get(new NDIndex(":, {}, :", t - 1)).logSoftmax(-1).toFloatArray();
    }
  }

  @Override
  public void reorder(int[] keep) {
    int[] next = new int[keep.length];
    for (int i = 0; i < keep.length; i++) {
      next[i] = rowSource[keep[i]];
    }
    rowSource = next;
  }
}
