package org.rdrop.bleu.significance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.rdrop.random.KeyedRandom;

/**
 * Paired bootstrap resampling with sacreBLEU's definitions (which replicate Moses'
 * bootstrap-hypothesis-difference-significance.pl): draw {@code samples} resamples of the sentence
 * indices with replacement; on each, score the baseline and every system from their summed
 * statistics. For each system, the absolute differences to the baseline are centred by their mean
 * and p = (number above the observed |difference| + 1) / (samples + 1). The same resamples give
 * every system's (and the baseline's) mean and 95% interval, and each system's difference to the
 * baseline its own interval: the per-resample differences (system minus baseline, signed) through the
 * same percentile rule.
 *
 * <p>Index j of resample s is {@code KeyedRandom(seed, "paired-bootstrap").nextInt(s, j,
 * sentences)}: a pure function of its coordinates, so results do not depend on threads or order.
 * They are not numpy's draws, so p-values and intervals differ from sacreBLEU's by resampling noise
 * (p about ±0.01), never systematically.
 */
public final class PairedBootstrap {
  /** sacreBLEU's default number of resamples. */
  public static final int DEFAULT_SAMPLES = 1000;

  static final String PURPOSE = "paired-bootstrap";

  private final StatsMetric metric;
  private final int samples;
  private final long seed;

  public PairedBootstrap(StatsMetric metric, int samples, long seed) {
    if (samples < 1) {
      throw new IllegalArgumentException("the number of bootstrap samples must be positive: " + samples);
    }
    this.metric = metric;
    this.samples = samples;
    this.seed = seed;
  }

  /**
   * Results for the baseline (first, without p-value) and then each system, in order.
   * {@code baseline} and each system: one statistics row per sentence, parallel.
   */
  public List<PairedResult> run(long[][] baseline, List<long[][]> systems) {
    Rows.checkParallel(baseline, systems);
    List<long[][]> all = new ArrayList<>();
    all.add(baseline);
    all.addAll(systems);
    double[][] scores = resampledScores(all);
    double baselineScore = metric.score(Rows.sum(baseline));
    List<PairedResult> results = new ArrayList<>();
    results.add(new PairedResult(baselineScore, null, ConfidenceInterval.of(scores[0])));
    for (int s = 1; s < all.size(); s++) {
      double score = metric.score(Rows.sum(all.get(s)));
      double observed = Math.abs(baselineScore - score);
      double[] diffs = new double[samples];
      double[] signed = new double[samples];
      double mean = 0;
      for (int i = 0; i < samples; i++) {
        signed[i] = scores[s][i] - scores[0][i];
        diffs[i] = Math.abs(signed[i]);
        mean += diffs[i];
      }
      mean /= samples;
      long exceeding = 0;
      for (double d : diffs) {
        if (d - mean > observed) {
          exceeding++;
        }
      }
      results.add(new PairedResult(score, Rows.pValue(exceeding, samples), ConfidenceInterval.of(scores[s]),
          ConfidenceInterval.of(signed)));
    }
    return results;
  }

  /** A bootstrap estimate for one system alone (sacreBLEU's {@code --confidence}). */
  public ConfidenceInterval interval(long[][] stats) {
    Rows.width(stats);
    return ConfidenceInterval.of(resampledScores(java.util.Collections.singletonList(stats))[0]);
  }

  /** scores[system][sample], every system scored on the same resamples. */
  private double[][] resampledScores(List<long[][]> systems) {
    int n = systems.get(0).length;
    int width = systems.get(0)[0].length;
    PackedColumns packed = PackedColumns.of(systems, PackedColumns.Sums.RESAMPLE);
    KeyedRandom random = KeyedRandom.of(seed, PURPOSE);
    double[][] scores = new double[systems.size()][samples];
    IntStream.range(0, samples).parallel().forEach(sample -> {
      // How often each sentence is drawn: the sum over draws equals the sum of count x row.
      int[] draws = new int[n];
      random.nextInts(sample, n, draws);
      int[] count = new int[n];
      for (int d : draws) {
        count[d]++;
      }
      long[] sums = weightedSum(packed, count);
      long[] stats = new long[width];
      for (int s = 0; s < scores.length; s++) {
        for (int k = 0; k < width; k++) {
          stats[k] = packed.value(sums, 0, s * width + k);
        }
        scores[s][sample] = metric.score(stats);
      }
    });
    return scores;
  }

  /** The sum over sentences of count x row, packed. */
  private static long[] weightedSum(PackedColumns packed, int[] count) {
    int w = packed.width();
    long[] rows = packed.rows();
    long[] acc = new long[w];
    for (int i = 0; i < count.length; i++) {
      int c = count[i];
      if (c != 0) {
        int base = i * w;
        for (int k = 0; k < w; k++) {
          acc[k] += c * rows[base + k];
        }
      }
    }
    return acc;
  }
}
