package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Incremental decoding with a {@link TransformerModel}, as fairseq's incremental state: each step feeds
 * one new token per row and reuses the keys and values of the earlier positions instead of running the
 * decoder over the whole prefix again. Rows start as one per source sentence; {@link #reorder} then
 * selects, repeats or drops rows (beam search keeps the rows of a sentence together). No dropout.
 *
 * <p>Not thread-safe: one decoder per thread.
 */
public final class IncrementalDecoder implements AutoCloseable {
  private final TransformerModel model;
  private final NDManager manager;
  private final List<StepCache> caches = new ArrayList<>();
  private NDArray sourceMask;
  private int[] rowSource;
  private int column;

  IncrementalDecoder(TransformerModel model, NDManager parent, int[] source, int rows, int srcLen) {
    this.model = model;
    this.manager = parent.newSubManager();
    try (NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      sourceMask = model.startDecoding(manager, source, rows, srcLen, caches);
      keep();
    }
    rowSource = new int[rows];
    Arrays.setAll(rowSource, i -> i);
  }

  /** Current number of rows. */
  public int rows() {
    return rowSource.length;
  }

  /** Source sentence (0-based, in the order given at the start) of each current row. */
  public int[] rowSources() {
    return rowSource.clone();
  }

  public int vocab() {
    return model.vocab();
  }

  /** Tokens fed so far per row (the leading eos included). */
  public int length() {
    return column;
  }

  /** The model's max_positions: a row can hold at most this many tokens. */
  public int maxPositions() {
    return model.maxPositions();
  }

  /**
   * Feeds one token per row (the first call: eos, fairseq's decoder start) and returns the
   * log-probabilities of the next token, rows x vocab, row-major, as float32 log_softmax computes them.
   */
  public float[] step(int[] tokens) {
    if (tokens.length != rows()) {
      throw new IllegalArgumentException(tokens.length + " tokens for " + rows() + " rows");
    }
    long[] ids = new long[tokens.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = tokens[i];
    }
    try (NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      NDArray tokenIds = manager.create(ids, new Shape(ids.length, 1));
      NDArray h = model.decodeStep(tokenIds, column, caches, sourceMask);
      NDArray logits = h.getNDArrayInternal().linear(h, model.outputWeight(), model.outputBias()).singletonOrThrow();
      float[] out = logits.logSoftmax(-1).toFloatArray();
      keep();
      column++;
      return out;
    }
  }

  /**
   * Keeps the current rows {@code keep} (indices into the current rows; repeats allowed) as the new rows,
   * in that order. The encoder's state is only copied when the rows' source sentences change.
   */
  public void reorder(int[] keep) {
    int[] sources = new int[keep.length];
    boolean identity = keep.length == rowSource.length;
    long[] index = new long[keep.length];
    for (int i = 0; i < keep.length; i++) {
      if (keep[i] < 0 || keep[i] >= rowSource.length) {
        throw new IllegalArgumentException("row " + keep[i] + " does not exist (" + rowSource.length + " rows)");
      }
      sources[i] = rowSource[keep[i]];
      index[i] = keep[i];
      identity &= keep[i] == i;
    }
    if (identity) {
      return;
    }
    // Rows of one source sentence hold identical encoder state, so it only moves when the sentences do.
    boolean encoderToo = !Arrays.equals(sources, rowSource);
    try (NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      NDArray idx = manager.create(index);
      for (StepCache c : caches) {
        c.select(idx, encoderToo);
      }
      if (encoderToo) {
        sourceMask = StepCache.replace(sourceMask, idx);
      }
      keep();
    }
    rowSource = sources;
  }

  /** Takes the state arrays out of the current scope so they outlive it. */
  private void keep() {
    NDScope.unregister(sourceMask);
    for (StepCache c : caches) {
      NDScope.unregister(c.arrays());
    }
  }

  @Override
  public void close() {
    for (StepCache c : caches) {
      c.close();
    }
    manager.close();
  }
}
