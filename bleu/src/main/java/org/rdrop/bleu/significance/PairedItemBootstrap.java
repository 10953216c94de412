package org.rdrop.bleu.significance;

import java.util.stream.IntStream;
import org.rdrop.random.KeyedRandom;

/**
 * Paired bootstrap for two systems scored on the same items (test blocks of a language model, test images
 * of a classifier) with a metric of summed per-item statistics ({@link BootstrapInterval.Metric}, e.g.
 * perplexity from [nll, tokens], accuracy from [correct, 1]). Each resample draws item indices with
 * replacement, index j of resample s being {@code KeyedRandom(seed, purpose).nextInt(s, j, items)}, and
 * scores both systems on the SAME indices, so the delta's interval and the p-value see the pairing.
 *
 * <p>The p-value is sacreBLEU's paired bootstrap definition (as {@link PairedBootstrap}, so every metric
 * row of a report is tested the same way): the resampled |delta| centred by its mean, p = (number above
 * the observed |delta| + 1) / (samples + 1). Intervals are {@link ConfidenceInterval#of}'s 95% ones.
 */
public final class PairedItemBootstrap {
  private PairedItemBootstrap() {}

  /**
   * @param baseline the baseline's metric on all items
   * @param rdrop the other system's metric on all items
   * @param delta rdrop - baseline
   */
  public record Result(double baseline, double rdrop, double delta, ConfidenceInterval baselineInterval,
      ConfidenceInterval rdropInterval, ConfidenceInterval deltaInterval, double pValue) {}

  /** {@code baseline[i]} and {@code rdrop[i]}: the statistics of item i, one width for all rows. */
  public static Result run(double[][] baseline, double[][] rdrop, BootstrapInterval.Metric metric, int samples,
      long seed, String purpose) {
    int n = baseline.length;
    if (n == 0) {
      throw new IllegalArgumentException("no items to resample");
    }
    if (rdrop.length != n) {
      throw new IllegalArgumentException("the systems were scored on " + n + " and " + rdrop.length + " items");
    }
    if (samples < 1) {
      throw new IllegalArgumentException("the number of bootstrap samples must be positive: " + samples);
    }
    int width = baseline[0].length;
    for (int i = 0; i < n; i++) {
      if (baseline[i].length != width || rdrop[i].length != width) {
        throw new IllegalArgumentException("item " + i + " has statistics of another width than " + width);
      }
    }
    double b = metric.value(Rows.sum(baseline, null, width));
    double r = metric.value(Rows.sum(rdrop, null, width));
    KeyedRandom random = KeyedRandom.of(seed, purpose);
    double[] bs = new double[samples];
    double[] rs = new double[samples];
    IntStream.range(0, samples).parallel().forEach(s -> {
      int[] count = new int[n];
      for (int j = 0; j < n; j++) {
        count[random.nextInt(s, j, n)]++;
      }
      bs[s] = metric.value(Rows.sum(baseline, count, width));
      rs[s] = metric.value(Rows.sum(rdrop, count, width));
    });
    double[] deltas = new double[samples];
    for (int s = 0; s < samples; s++) {
      deltas[s] = rs[s] - bs[s];
    }
    return new Result(b, r, r - b, ConfidenceInterval.of(bs), ConfidenceInterval.of(rs), ConfidenceInterval.of(deltas),
        Rows.centredPValue(deltas, r - b));
  }
}
