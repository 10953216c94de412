package org.rdrop.pipeline.eval.significance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.rdrop.trainer.random.KeyedRandom;

/**
 * Paired bootstrap resampling with sacreBLEU's definitions (which replicate Moses'
 * bootstrap-hypothesis-difference-significance.pl): draw {@code samples} resamples of the sentence
 * indices with replacement; on each, score the baseline and every system from their summed
 * statistics. For each system, the absolute differences to the baseline are centred by their mean
 * and p = (number above the observed |difference| + 1) / (samples + 1). The same resamples give
 * every system's (and the baseline's) mean and 95% interval.
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
      double mean = 0;
      for (int i = 0; i < samples; i++) {
        diffs[i] = Math.abs(scores[s][i] - scores[0][i]);
        mean += diffs[i];
      }
      mean /= samples;
      long exceeding = 0;
      for (double d : diffs) {
        if (d - mean > observed) {
          exceeding++;
        }
      }
      results.add(new PairedResult(score, Rows.pValue(exceeding, samples), ConfidenceInterval.of(scores[s])));
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
    PackedRows packed = PackedRows.of(systems, n, width);
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
      long[] sums = packed.weightedSum(count);
      long[] stats = new long[width];
      for (int s = 0; s < scores.length; s++) {
        System.arraycopy(sums, s * width, stats, 0, width);
        scores[s][sample] = metric.score(stats);
      }
    });
    return scores;
  }

  /**
   * All systems' statistics, one row per sentence with every system's values side by side, so that
   * adding a sentence to all sums is one loop. A column equal to an earlier one in every sentence
   * (BLEU's total_1 is sys_len; with one reference, ref_len is the same for every system) is summed
   * once. When the values are not negative and no resample sum can reach 2^b (a sum is at most n
   * times the largest value), {@code 64 / b} values share one long, b bits each: multiplying and
   * adding packed longs then never carries from one value into the next, and one operation does
   * the work of several.
   */
  private static final class PackedRows {
    private final int lanes;
    private final int bits;
    private final int[] source; // column -> the distinct column whose sums it takes
    private final int packedColumns;
    private final long[] rows;

    private PackedRows(int lanes, int bits, int[] source, int packedColumns, long[] rows) {
      this.lanes = lanes;
      this.bits = bits;
      this.source = source;
      this.packedColumns = packedColumns;
      this.rows = rows;
    }

    static PackedRows of(List<long[][]> systems, int n, int width) {
      int columns = systems.size() * width;
      long[][] byColumn = new long[columns][n];
      long largest = 0;
      boolean negative = false;
      for (int s = 0; s < systems.size(); s++) {
        long[][] rows = systems.get(s);
        for (int i = 0; i < n; i++) {
          for (int k = 0; k < width; k++) {
            long v = rows[i][k];
            byColumn[s * width + k][i] = v;
            largest = Math.max(largest, v);
            negative |= v < 0;
          }
        }
      }
      int[] source = new int[columns];
      List<long[]> distinct = new ArrayList<>();
      Map<Integer, List<Integer>> byHash = new HashMap<>();
      for (int c = 0; c < columns; c++) {
        List<Integer> candidates = byHash.computeIfAbsent(Arrays.hashCode(byColumn[c]), h -> new ArrayList<>());
        int found = -1;
        for (int d : candidates) {
          if (Arrays.equals(distinct.get(d), byColumn[c])) {
            found = d;
            break;
          }
        }
        if (found < 0) {
          found = distinct.size();
          distinct.add(byColumn[c]);
          candidates.add(found);
        }
        source[c] = found;
      }
      int lanes = 1;
      int bits = 64;
      if (!negative && largest <= Long.MAX_VALUE / n) {
        bits = Math.max(1, 64 - Long.numberOfLeadingZeros(largest * n));
        lanes = 64 / bits;
      }
      int packedColumns = (distinct.size() + lanes - 1) / lanes;
      long[] packed = new long[n * packedColumns];
      for (int d = 0; d < distinct.size(); d++) {
        long[] values = distinct.get(d);
        int shift = (d % lanes) * bits;
        for (int i = 0; i < n; i++) {
          packed[i * packedColumns + d / lanes] += lanes == 1 ? values[i] : values[i] << shift;
        }
      }
      return new PackedRows(lanes, bits, source, packedColumns, packed);
    }

    /** The sum over sentences of count x row: one value per column. */
    long[] weightedSum(int[] count) {
      int w = packedColumns;
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
      long[] out = new long[source.length];
      long mask = lanes == 1 ? -1L : (1L << bits) - 1;
      for (int column = 0; column < out.length; column++) {
        int d = source[column];
        out[column] = lanes == 1 ? acc[d] : (acc[d / lanes] >>> ((d % lanes) * bits)) & mask;
      }
      return out;
    }
  }
}
