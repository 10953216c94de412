package org.rdrop.bleu.significance;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.rdrop.random.KeyedRandom;

/**
 * Paired two-level bootstrap for two methods trained with several seeds and scored on the same test items:
 * a resample draws the seeds with replacement and, independently, the test items with replacement (the
 * same items for every seed of the resample), and its statistic is the mean over the drawn seeds of each
 * method's score on the drawn items. The seeds carry training's randomness (initialisation, dropout masks,
 * batch order), the items carry the test set's sampling; a test over either alone overstates what a delta
 * shows (the hierarchical bootstrap of multi-level data). Baseline and R-Drop of one seed share that seed's
 * data order and initialisation, so they are drawn together: the test is paired in both levels.
 *
 * <p>Item draw j of resample s is {@code KeyedRandom(seed, purpose).nextInt(s, j, items)}, exactly as
 * {@link PairedItemBootstrap}'s, so with one seed both give the same numbers; seed draw k is
 * {@code KeyedRandom(seed, purpose + "/seeds").nextInt(s, k, seeds)}. The p-value and intervals are defined
 * as {@link PairedItemBootstrap}'s (sacreBLEU's centred paired bootstrap; 95% intervals of
 * {@link ConfidenceInterval#of}). With few seeds the seed level has few distinct draws (3 seeds: 10
 * multisets), so its share of the interval is coarse; more seeds make it finer, never narrower by fiat.
 */
public final class SeedItemBootstrap {
  private SeedItemBootstrap() {}

  /**
   * @param baseline each seed's baseline score on all items, in seed order
   * @param rdrop each seed's R-Drop score on all items
   * @param baselineMean the mean over seeds of {@code baseline}; {@code rdropMean} likewise
   * @param delta {@code rdropMean - baselineMean}, which is also the mean of the per-seed deltas
   */
  public record Result(double[] baseline, double[] rdrop, double baselineMean, double rdropMean, double delta,
      ConfidenceInterval baselineInterval, ConfidenceInterval rdropInterval, ConfidenceInterval deltaInterval,
      double pValue) {}

  /**
   * @param baseline per seed, per item: the item's statistics ({@code baseline.get(k)[i]}), one width for all
   * @param rdrop the same for R-Drop, seeds and items in the same order
   */
  public static Result run(List<double[][]> baseline, List<double[][]> rdrop, BootstrapInterval.Metric metric,
      int samples, long seed, String purpose) {
    int seeds = baseline.size();
    if (seeds == 0) {
      throw new IllegalArgumentException("no seeds to resample");
    }
    if (rdrop.size() != seeds) {
      throw new IllegalArgumentException("baseline has " + seeds + " seeds, R-Drop " + rdrop.size());
    }
    if (samples < 1) {
      throw new IllegalArgumentException("the number of bootstrap samples must be positive: " + samples);
    }
    int n = baseline.get(0).length;
    if (n == 0) {
      throw new IllegalArgumentException("no items to resample");
    }
    int width = baseline.get(0)[0].length;
    for (int k = 0; k < seeds; k++) {
      for (double[][] rows : List.of(baseline.get(k), rdrop.get(k))) {
        if (rows.length != n) {
          throw new IllegalArgumentException("seed " + k + " was scored on " + rows.length + " items, seed 0 on " + n);
        }
        for (int i = 0; i < n; i++) {
          if (rows[i].length != width) {
            throw new IllegalArgumentException(
                "seed " + k + ", item " + i + " has statistics of another width than " + width);
          }
        }
      }
    }
    double[] b = new double[seeds];
    double[] r = new double[seeds];
    for (int k = 0; k < seeds; k++) {
      b[k] = metric.value(Rows.sum(baseline.get(k), null, width));
      r[k] = metric.value(Rows.sum(rdrop.get(k), null, width));
    }
    double bMean = mean(b);
    double rMean = mean(r);
    KeyedRandom items = KeyedRandom.of(seed, purpose);
    KeyedRandom runs = KeyedRandom.of(seed, purpose + "/seeds");
    double[] bs = new double[samples];
    double[] rs = new double[samples];
    IntStream.range(0, samples).parallel().forEach(s -> {
      int[] count = new int[n];
      for (int j = 0; j < n; j++) {
        count[items.nextInt(s, j, n)]++;
      }
      double bSum = 0;
      double rSum = 0;
      for (int k = 0; k < seeds; k++) {
        int drawn = runs.nextInt(s, k, seeds);
        bSum += metric.value(Rows.sum(baseline.get(drawn), count, width));
        rSum += metric.value(Rows.sum(rdrop.get(drawn), count, width));
      }
      bs[s] = bSum / seeds;
      rs[s] = rSum / seeds;
    });
    double[] deltas = new double[samples];
    for (int s = 0; s < samples; s++) {
      deltas[s] = rs[s] - bs[s];
    }
    return new Result(b, r, bMean, rMean, rMean - bMean, ConfidenceInterval.of(bs), ConfidenceInterval.of(rs),
        ConfidenceInterval.of(deltas), Rows.centredPValue(deltas, rMean - bMean));
  }

  /** The sample standard deviation (n - 1 in the denominator); 0 for a single value. */
  public static double standardDeviation(double[] values) {
    return values.length < 2 ? 0 : new StandardDeviation(true).evaluate(values);
  }

  /** The arithmetic mean, as the means over seeds are taken. */
  public static double mean(double[] values) {
    return new Mean().evaluate(values);
  }
}
