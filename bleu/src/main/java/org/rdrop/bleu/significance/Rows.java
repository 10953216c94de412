package org.rdrop.bleu.significance;

import java.util.List;

/** Checks and sums of statistic rows (one row per sentence, all of one width). */
final class Rows {
  private Rows() {}

  static int width(long[][] rows) {
    if (rows.length == 0) {
      throw new IllegalArgumentException("no sentences to resample");
    }
    int k = rows[0].length;
    for (long[] r : rows) {
      if (r.length != k) {
        throw new IllegalArgumentException("statistic rows of different widths: " + k + " and " + r.length);
      }
    }
    return k;
  }

  static void checkParallel(long[][] baseline, List<long[][]> systems) {
    int k = width(baseline);
    for (int s = 0; s < systems.size(); s++) {
      long[][] sys = systems.get(s);
      if (sys.length != baseline.length) {
        throw new IllegalArgumentException(
            "system " + (s + 1) + " has " + sys.length + " sentences, the baseline " + baseline.length);
      }
      if (width(sys) != k) {
        throw new IllegalArgumentException("system " + (s + 1) + " has statistics of another width");
      }
    }
  }

  static long[] sum(long[][] rows) {
    long[] acc = new long[rows[0].length];
    for (long[] r : rows) {
      for (int k = 0; k < acc.length; k++) {
        acc[k] += r[k];
      }
    }
    return acc;
  }

  /** Column sums of the rows, each taken {@code count[i]} times (once each when count is null), in item order. */
  static double[] sum(double[][] rows, int[] count, int width) {
    double[] acc = new double[width];
    for (int i = 0; i < rows.length; i++) {
      int c = count == null ? 1 : count[i];
      if (c != 0) {
        for (int k = 0; k < width; k++) {
          acc[k] += c * rows[i][k];
        }
      }
    }
    return acc;
  }

  /**
   * sacreBLEU's paired-bootstrap p-value of an observed difference: the resampled differences' absolute
   * values centred by their mean, p = (number above |observed| + 1) / (samples + 1).
   */
  static double centredPValue(double[] deltas, double observed) {
    double[] absolute = new double[deltas.length];
    double mean = 0;
    for (int s = 0; s < deltas.length; s++) {
      absolute[s] = Math.abs(deltas[s]);
      mean += absolute[s];
    }
    mean /= deltas.length;
    long exceeding = 0;
    for (double d : absolute) {
      if (d - mean > Math.abs(observed)) {
        exceeding++;
      }
    }
    return pValue(exceeding, deltas.length);
  }

  /** sacreBLEU's {@code _compute_p_value}: (number of values strictly above observed + 1) / (n + 1). */
  static double pValue(long exceeding, int n) {
    return (exceeding + 1) / (double) (n + 1);
  }
}
