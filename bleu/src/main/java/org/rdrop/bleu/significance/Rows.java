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

  /** sacreBLEU's {@code _compute_p_value}: (number of values strictly above observed + 1) / (n + 1). */
  static double pValue(long exceeding, int n) {
    return (exceeding + 1) / (double) (n + 1);
  }
}
