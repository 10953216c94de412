package org.rdrop.trainer.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import org.rdrop.trainer.data.Specials;

/**
 * fairseq's sinusoidal position table: row k holds sin(k * f_i) for i < d/2 followed by cos(k * f_i), with
 * f_i = exp(-i * ln(10000) / (d/2 - 1)); row {@code pad} is zero. Real tokens take rows pad+1, pad+2, ...
 * counting from the left, so with right padding column t uses row t + pad + 1. Not a parameter.
 */
final class SinusoidalPositions implements AutoCloseable {
  private final int dim;
  private final int maxPositions;
  private NDArray table;

  SinusoidalPositions(int dim, int maxPositions) {
    if (dim % 2 != 0 || dim < 4) {
      throw new IllegalArgumentException("sinusoidal positions need an even embedding size >= 4: " + dim);
    }
    this.dim = dim;
    this.maxPositions = maxPositions;
  }

  /** The table as plain numbers: (maxPositions + pad + 1) rows of d values. */
  static float[] values(int dim, int rows) {
    int half = dim / 2;
    double step = StrictMath.log(10000.0) / (half - 1);
    float[] v = new float[rows * dim];
    for (int k = 0; k < rows; k++) {
      if (k == Specials.PAD) {
        continue;
      }
      for (int i = 0; i < half; i++) {
        double a = k * StrictMath.exp(-i * step);
        v[k * dim + i] = (float) StrictMath.sin(a);
        v[k * dim + half + i] = (float) StrictMath.cos(a);
      }
    }
    return v;
  }

  void initialize(NDManager manager) {
    int rows = maxPositions + Specials.PAD + 1;
    table = manager.create(values(dim, rows), new Shape(rows, dim));
  }

  /** Rows for columns 0..len-1: a [len, d] view. */
  NDArray forLength(int len) {
    if (len > maxPositions) {
      throw new IllegalArgumentException(
          "sequence of " + len + " tokens exceeds max_positions " + maxPositions);
    }
    int first = Specials.PAD + 1;
    return table.get(new NDIndex("{}:{}", first, first + len));
  }

  /** The row of column {@code column} alone: a [1, d] view, for decoding one position at a time. */
  NDArray at(int column) {
    if (column >= maxPositions) {
      throw new IllegalArgumentException(
          "position " + (column + 1) + " exceeds max_positions " + maxPositions);
    }
    int row = Specials.PAD + 1 + column;
    return table.get(new NDIndex("{}:{}", row, row + 1));
  }

  @Override
  public void close() {
    if (table != null) {
      table.close();
    }
  }
}
