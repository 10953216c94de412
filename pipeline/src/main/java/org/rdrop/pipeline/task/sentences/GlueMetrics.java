package org.rdrop.pipeline.task.sentences;

import java.util.List;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.rdrop.bleu.significance.BootstrapInterval;

/**
 * GLUE's metrics, in points (x 100, as GLUE reports them), each written as a function of column sums of per-item
 * statistics, so that the paired bootstrap over test items (and over seeds and items) resamples them as it does
 * accuracy and perplexity:
 *
 * <ul>
 *   <li>F1 of the positive class (class 1 of two; MRPC, QQP): items [tp, fp, fn], F1 = 2 tp / (2 tp + fp + fn)
 *   <li>Matthews correlation (CoLA), for any number K of classes (Gorodkin's R_K, as scikit-learn's
 *       {@code matthews_corrcoef}): items [correct, 1, t_0..t_K-1, p_0..p_K-1] (one-hot true and predicted class),
 *       MCC = (c n - sum_k p_k t_k) / sqrt((n^2 - sum_k p_k^2)(n^2 - sum_k t_k^2))
 *   <li>Pearson correlation (STS-B): items [x, y, x^2, y^2, xy, 1] of the prediction x and the target y, each
 *       centred by its mean over all items first (a shift changes no correlation, and keeps the sums' cancellation
 *       small)
 *   <li>Spearman correlation (STS-B): Pearson's items of the mid-ranks (ties get their average rank, as
 *       scipy's {@code spearmanr}) over all items. On all items this is Spearman's coefficient exactly; a bootstrap
 *       resample keeps each item's rank in the whole test set instead of ranking the resample again.
 * </ul>
 *
 * A metric whose denominator is 0 (no positive class at all; a constant prediction) is 0, as scikit-learn's.
 */
public final class GlueMetrics {
  private GlueMetrics() {}

  /** F1 of the positive class, in points, from items [tp, fp, fn]. */
  public static final BootstrapInterval.Metric F1 = s -> {
    double d = 2 * s[0] + s[1] + s[2];
    return d == 0 ? 0 : 100 * 2 * s[0] / d;
  };

  /** Matthews correlation, in points, from items [correct, 1, t_0..t_K-1, p_0..p_K-1]. */
  public static final BootstrapInterval.Metric MCC = s -> {
    int k = (s.length - 2) / 2;
    double c = s[0];
    double n = s[1];
    double pt = 0;
    double pp = 0;
    double tt = 0;
    for (int i = 0; i < k; i++) {
      double t = s[2 + i];
      double p = s[2 + k + i];
      pt += p * t;
      pp += p * p;
      tt += t * t;
    }
    double d = (n * n - pp) * (n * n - tt);
    return d == 0 ? 0 : 100 * (c * n - pt) / Math.sqrt(d);
  };

  /** Pearson correlation, in points, from items [x, y, x^2, y^2, xy, 1]. */
  public static final BootstrapInterval.Metric PEARSON = s -> {
    double n = s[5];
    double sxx = n * s[2] - s[0] * s[0];
    double syy = n * s[3] - s[1] * s[1];
    double d = sxx * syy;
    return d <= 0 ? 0 : 100 * (n * s[4] - s[0] * s[1]) / Math.sqrt(d);
  };

  /** Per item [tp, fp, fn] of the positive class 1 ({@code predicted}, {@code actual}: 0-based classes). */
  public static double[][] f1Items(int[] predicted, int[] actual) {
    double[][] rows = new double[predicted.length][];
    for (int i = 0; i < rows.length; i++) {
      boolean p = predicted[i] == 1;
      boolean a = actual[i] == 1;
      rows[i] = new double[] {p && a ? 1 : 0, p && !a ? 1 : 0, !p && a ? 1 : 0};
    }
    return rows;
  }

  /** Per item [correct, 1, one-hot actual class, one-hot predicted class] over {@code classes} classes. */
  public static double[][] mccItems(int[] predicted, int[] actual, int classes) {
    double[][] rows = new double[predicted.length][];
    for (int i = 0; i < rows.length; i++) {
      double[] r = new double[2 + 2 * classes];
      r[0] = predicted[i] == actual[i] ? 1 : 0;
      r[1] = 1;
      r[2 + actual[i]] = 1;
      r[2 + classes + predicted[i]] = 1;
      rows[i] = r;
    }
    return rows;
  }

  /** Pearson's items of {@code x} and {@code y}, each centred by its mean. */
  public static double[][] pearsonItems(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double[][] rows = new double[x.length][];
    for (int i = 0; i < rows.length; i++) {
      double a = x[i] - mx;
      double b = y[i] - my;
      rows[i] = new double[] {a, b, a * a, b * b, a * b, 1};
    }
    return rows;
  }

  /** Spearman's items: Pearson's of the mid-ranks of {@code x} and {@code y}. */
  public static double[][] spearmanItems(double[] x, double[] y) {
    NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
    return pearsonItems(ranking.rank(x), ranking.rank(y));
  }

  /** The metric on all items. */
  public static double value(BootstrapInterval.Metric metric, double[][] items) {
    double[] sums = new double[items[0].length];
    for (double[] r : items) {
      for (int k = 0; k < sums.length; k++) {
        sums[k] += r[k];
      }
    }
    return metric.value(sums);
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s / v.length;
  }

  /** Which rows GLUE reports for a classification of {@code classes} classes: F1 for two, MCC for any. */
  public static List<String> classificationRows(int classes) {
    return classes == 2 ? List.of("accuracy", "f1", "mcc") : List.of("accuracy", "mcc");
  }
}
