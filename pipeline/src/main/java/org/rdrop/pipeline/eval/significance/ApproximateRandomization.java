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
 * swapped sentences, and b is the two totals minus a. For each block of 8 sentences the sums of
 * d_i over its 256 subsets are tabulated, so a trial costs one table row per 8 sentences; blocks
 * are the outer loop so that the small table stays in cache.
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
    int width = baselineTotal.length;
    // Trials in as many chunks as there are cores, each with its own accumulators.
    int chunks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), trials / 1000));
    return IntStream.range(0, chunks).parallel().mapToLong(c -> {
      int from = (int) ((long) trials * c / chunks);
      int to = (int) ((long) trials * (c + 1) / chunks);
      long[] a = pseudoSystemTotals(baseline, system, systemTotal, random, from, to, width);
      long exceeding = 0;
      long[] sa = new long[width];
      long[] sb = new long[width];
      for (int t = 0; t < to - from; t++) {
        for (int k = 0; k < width; k++) {
          sa[k] = a[t * width + k];
          sb[k] = baselineTotal[k] + systemTotal[k] - sa[k];
        }
        if (Math.abs(metric.score(sa) - metric.score(sb)) > observed) {
          exceeding++;
        }
      }
      return exceeding;
    }).sum();
  }

  /**
   * Statistics of pseudo-system a for trials [from, to): the system's totals plus, for every
   * swapped sentence, baseline minus system. Block by block (8 sentences, whose 256 subset sums
   * stay in cache), all trials at a time.
   */
  private static long[] pseudoSystemTotals(
      long[][] baseline, long[][] system, long[] systemTotal, KeyedRandom random, int from, int to, int width) {
    int n = baseline.length;
    int count = to - from;
    long[] a = new long[count * width];
    for (int t = 0; t < count; t++) {
      System.arraycopy(systemTotal, 0, a, t * width, width);
    }
    long[] table = new long[256 * width];
    long[] words = new long[count];
    int blocks = (n + BLOCK - 1) / BLOCK;
    for (int b = 0; b < blocks; b++) {
      if ((b & 7) == 0) {
        for (int t = 0; t < count; t++) {
          words[t] = random.bits(from + t, b >>> 3); // swap bits of sentences 64 w .. 64 w + 63
        }
      }
      for (int mask = 1; mask < 256; mask++) {
        int low = Integer.numberOfTrailingZeros(mask);
        int rest = mask & (mask - 1);
        int sentence = b * BLOCK + low;
        for (int k = 0; k < width; k++) {
          long d = sentence < n ? baseline[sentence][k] - system[sentence][k] : 0;
          table[mask * width + k] = table[rest * width + k] + d;
        }
      }
      int shift = (b & 7) * BLOCK;
      for (int t = 0; t < count; t++) {
        int mask = (int) (words[t] >>> shift) & 0xFF;
        if (mask != 0) {
          int row = mask * width;
          int at = t * width;
          for (int k = 0; k < width; k++) {
            a[at + k] += table[row + k];
          }
        }
      }
    }
    return a;
  }
}
