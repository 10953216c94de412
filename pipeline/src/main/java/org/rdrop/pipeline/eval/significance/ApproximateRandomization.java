package org.rdrop.pipeline.eval.significance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.rdrop.trainer.random.KeyedRandom;

/**
 * Paired approximate randomization with sacreBLEU's definitions (after multeval): in each of
 * {@code trials} trials, every sentence's statistics are swapped between the baseline and the
 * system with probability 1/2; p = (number of trials whose |score(a) - score(b)| is strictly above
 * the observed |difference| + 1) / (trials + 1). Like sacreBLEU, identical systems get p = 1 /
 * (trials + 1), not 1: a zero difference is never "exceeded".
 *
 * <p>Swap decision of sentence i in trial t: bit {@code i % 64} of {@code KeyedRandom(seed,
 * "paired-ar").bits(t, i / 64)}; the same decisions serve every system, as in sacreBLEU.
 *
 * <p>Speed: with d_i = baseline_i - system_i, pseudo-system a is system total + the sum of d_i over
 * swapped sentences, and b is the two totals minus a. Sums of d_i over every subset of each block
 * of 8 sentences are tabulated once, so a trial costs one table row per 8 sentences.
 */
public final class ApproximateRandomization {
  /** sacreBLEU's default number of trials. */
  public static final int DEFAULT_TRIALS = 10000;

  static final String PURPOSE = "paired-ar";

  private static final int BLOCK = 8;

  private final StatsMetric metric;
  private final int trials;
  private final long seed;

  public ApproximateRandomization(StatsMetric metric, int trials, long seed) {
    if (trials < 1) {
      throw new IllegalArgumentException("the number of trials must be positive: " + trials);
    }
    this.metric = metric;
    this.trials = trials;
    this.seed = seed;
  }

  /** Results for the baseline (first: score only) and then each system (score and p-value). */
  public List<PairedResult> run(long[][] baseline, List<long[][]> systems) {
    Rows.checkParallel(baseline, systems);
    KeyedRandom random = KeyedRandom.of(seed, PURPOSE);
    long[] baselineTotal = Rows.sum(baseline);
    double baselineScore = metric.score(baselineTotal);
    List<PairedResult> results = new ArrayList<>();
    results.add(new PairedResult(baselineScore, null, null));
    for (long[][] system : systems) {
      long[] systemTotal = Rows.sum(system);
      double score = metric.score(systemTotal);
      double observed = Math.abs(baselineScore - score);
      long exceeding = countExceeding(baseline, system, baselineTotal, systemTotal, random, observed);
      results.add(new PairedResult(score, Rows.pValue(exceeding, trials), null));
    }
    return results;
  }

  private long countExceeding(
      long[][] baseline, long[][] system, long[] baselineTotal, long[] systemTotal, KeyedRandom random,
      double observed) {
    int n = baseline.length;
    int width = baselineTotal.length;
    int blocks = (n + BLOCK - 1) / BLOCK;
    long[] table = subsetSums(baseline, system, blocks, width);
    return IntStream.range(0, trials).parallel().filter(t -> {
      long[] a = systemTotal.clone();
      long word = 0;
      for (int b = 0; b < blocks; b++) {
        if ((b & 7) == 0) {
          word = random.bits(t, b >>> 3); // swap bits of sentences 64 w .. 64 w + 63
        }
        int mask = (int) (word >>> ((b & 7) * BLOCK)) & 0xFF;
        if (mask != 0) {
          int row = (b * 256 + mask) * width;
          for (int k = 0; k < width; k++) {
            a[k] += table[row + k];
          }
        }
      }
      long[] other = new long[width];
      for (int k = 0; k < width; k++) {
        other[k] = baselineTotal[k] + systemTotal[k] - a[k];
      }
      return Math.abs(metric.score(a) - metric.score(other)) > observed;
    }).count();
  }

  /**
   * table[(block * 256 + mask) * width + k]: sum over sentences j of the block with bit j of mask
   * set of (baseline - system)[k]. Sentences past the end contribute nothing.
   */
  private static long[] subsetSums(long[][] baseline, long[][] system, int blocks, int width) {
    long[] table = new long[blocks * 256 * width];
    int n = baseline.length;
    for (int b = 0; b < blocks; b++) {
      for (int mask = 1; mask < 256; mask++) {
        int low = Integer.numberOfTrailingZeros(mask);
        int rest = mask & (mask - 1);
        int sentence = b * BLOCK + low;
        int row = (b * 256 + mask) * width;
        int restRow = (b * 256 + rest) * width;
        for (int k = 0; k < width; k++) {
          long d = sentence < n ? baseline[sentence][k] - system[sentence][k] : 0;
          table[row + k] = table[restRow + k] + d;
        }
      }
    }
    return table;
  }
}
