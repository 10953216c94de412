package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.rdrop.trainer.data.Specials;

/** Additive attention masks (0 where attending is allowed, -inf where not), built on the Java side. */
final class AttentionMasks {
  private AttentionMasks() {}

  /** [rows, 1, 1, len]: -inf at padded keys. {@code ids} is row-major rows x len. */
  static NDArray keyPadding(NDManager manager, int[] ids, int rows, int len) {
    float[] m = new float[rows * len];
    for (int i = 0; i < m.length; i++) {
      m[i] = ids[i] == Specials.PAD ? Float.NEGATIVE_INFINITY : 0f;
    }
    return manager.create(m, new Shape(rows, 1, 1, len));
  }

  /** [1, 1, len, len]: -inf above the diagonal, so position t sees positions 0..t only. */
  static NDArray causal(NDManager manager, int len) {
    float[] m = new float[len * len];
    for (int i = 0; i < len; i++) {
      for (int j = i + 1; j < len; j++) {
        m[i * len + j] = Float.NEGATIVE_INFINITY;
      }
    }
    return manager.create(m, new Shape(1, 1, len, len));
  }

  /** {@code ids} (rows x len) repeated {@code passes} times along the rows: [x; x; ...]. */
  static int[] stack(int[] ids, int passes) {
    int[] out = new int[ids.length * passes];
    for (int p = 0; p < passes; p++) {
      System.arraycopy(ids, 0, out, p * ids.length, ids.length);
    }
    return out;
  }

  /** int64 id tensor [rows, len]. */
  static NDArray ids(NDManager manager, int[] ids, int rows, int len) {
    long[] l = new long[ids.length];
    for (int i = 0; i < ids.length; i++) {
      l[i] = ids[i];
    }
    return manager.create(l, new Shape(rows, len));
  }
}
