package org.rdrop.bleu;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A BLEU score with what sacreBLEU's {@code BLEUScore} carries: score (0..100), counts and totals
 * per order, precisions (percent), brevity penalty, system and reference lengths. Like sacreBLEU's,
 * {@link #counts()} and {@link #totals()} include the add-k increments when add-k smoothing is on;
 * {@link #stats()} keeps the raw statistics.
 */
public final class BleuScore implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double score;
  private final double[] counts;
  private final double[] totals;
  private final double[] precisions;
  private final double bp;
  private final BleuStats stats;

  BleuScore(double score, double[] counts, double[] totals, double[] precisions, double bp, BleuStats stats) {
    this.score = score;
    this.counts = counts;
    this.totals = totals;
    this.precisions = precisions;
    this.bp = bp;
    this.stats = stats;
  }

  /**
   * sacreBLEU's {@code BLEU.compute_bleu} on summed statistics. StrictMath keeps the result the
   * same on every JVM and processor.
   */
  public static BleuScore of(BleuStats stats, SmoothMethod method, Double smoothValue, boolean effectiveOrder) {
    double k = smoothValue != null ? smoothValue : method.defaultValue() != null ? method.defaultValue() : 0;
    int maxOrder = BleuStats.MAX_ORDER;
    long sysLen = stats.sysLen();
    long refLen = stats.refLen();
    double[] correct = new double[maxOrder];
    double[] total = new double[maxOrder];
    boolean anyMatch = false;
    for (int n = 1; n <= maxOrder; n++) {
      correct[n - 1] = stats.correct(n);
      total[n - 1] = stats.total(n);
      anyMatch |= stats.correct(n) != 0;
    }
    double bp = 1.0;
    if (sysLen < refLen) {
      bp = sysLen > 0 ? StrictMath.exp(1 - (double) refLen / sysLen) : 0.0;
    }
    double[] precisions = new double[maxOrder];
    if (!anyMatch) {
      return new BleuScore(0.0, correct, total, precisions, bp, stats);
    }
    double smoothMteval = 1.0;
    int effOrder = maxOrder;
    for (int n = 1; n <= maxOrder; n++) {
      if (method == SmoothMethod.ADD_K && n > 1) {
        correct[n - 1] += k;
        total[n - 1] += k;
      }
      if (total[n - 1] == 0) {
        break;
      }
      if (effectiveOrder) {
        effOrder = n;
      }
      if (correct[n - 1] == 0) {
        if (method == SmoothMethod.EXP) {
          smoothMteval *= 2;
          precisions[n - 1] = 100.0 / (smoothMteval * total[n - 1]);
        } else if (method == SmoothMethod.FLOOR) {
          precisions[n - 1] = 100.0 * k / total[n - 1];
        }
      } else {
        precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
      }
    }
    double logSum = 0;
    for (int i = 0; i < effOrder; i++) {
      logSum += myLog(precisions[i]);
    }
    double score = bp * StrictMath.exp(logSum / effOrder);
    return new BleuScore(score, correct, total, precisions, bp, stats);
  }

  /** sacreBLEU's {@code my_log}: log, with log(0) floored to -9999999999. */
  private static double myLog(double x) {
    return x == 0.0 ? -9999999999.0 : StrictMath.log(x);
  }

  public double score() {
    return score;
  }

  public double[] counts() {
    return counts.clone();
  }

  public double[] totals() {
    return totals.clone();
  }

  public double[] precisions() {
    return precisions.clone();
  }

  public double bp() {
    return bp;
  }

  public long sysLen() {
    return stats.sysLen();
  }

  public long refLen() {
    return stats.refLen();
  }

  /** The raw statistics the score was computed from. */
  public BleuStats stats() {
    return stats;
  }

  /** sys_len / ref_len, or 0 without reference words. */
  public double ratio() {
    return stats.refLen() != 0 ? (double) stats.sysLen() / stats.refLen() : 0;
  }

  /**
   * sacreBLEU's verbose part, e.g. {@code 82.4/50.0/45.5/37.5 (BP = 0.943 ratio = 0.944 hyp_len =
   * 17 ref_len = 18)}.
   */
  public String verbose() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < precisions.length; i++) {
      if (i > 0) {
        s.append('/');
      }
      s.append(PythonFloats.fixed(precisions[i], 1));
    }
    s.append(" (BP = ").append(PythonFloats.fixed(bp, 3));
    s.append(" ratio = ").append(PythonFloats.fixed(ratio(), 3));
    s.append(" hyp_len = ").append(stats.sysLen());
    s.append(" ref_len = ").append(stats.refLen()).append(')');
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof BleuScore)) {
      return false;
    }
    BleuScore b = (BleuScore) o;
    return Double.compare(score, b.score) == 0
        && Double.compare(bp, b.bp) == 0
        && Arrays.equals(counts, b.counts)
        && Arrays.equals(totals, b.totals)
        && Arrays.equals(precisions, b.precisions)
        && stats.equals(b.stats);
  }

  @Override
  public int hashCode() {
    return Objects.hash(score, bp, stats);
  }

  @Override
  public String toString() {
    return "BLEU = " + PythonFloats.repr(score) + " " + verbose();
  }
}
