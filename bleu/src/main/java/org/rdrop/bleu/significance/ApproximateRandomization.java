package org.rdrop.bleu.significance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.rdrop.random.KeyedRandom;

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
 * <p>Speed: pseudo-system a of system s is its total + (sum of baseline rows over swapped
 * sentences) - (sum of its rows over swapped sentences), and b is the two totals minus a. Those
 * swapped-sentence sums are formed for the baseline and every system at once, on {@link
 * PackedColumns} (several values a long). For each block of 8 sentences the sums over its 256
 * subsets are tabulated, so a trial costs one table row per 8 sentences; blocks are the outer loop
 * over a tile of trials, so that the table and the tile's sums stay in cache.
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
    long[] baselineTotal = Rows.sum(baseline);
    double baselineScore = metric.score(baselineTotal);
    int m = systems.size();
    long[][] systemTotals = new long[m][];
    double[] scores = new double[m];
    double[] observed = new double[m];
    for (int s = 0; s < m; s++) {
      systemTotals[s] = Rows.sum(systems.get(s));
      scores[s] = metric.score(systemTotals[s]);
      observed[s] = Math.abs(baselineScore - scores[s]);
    }
    List<long[][]> all = new ArrayList<>();
    all.add(baseline);
    all.addAll(systems);
    PackedColumns packed = PackedColumns.of(all, PackedColumns.Sums.SUBSET);
    KeyedRandom random = KeyedRandom.of(seed, PURPOSE);
    // Trials in as many chunks as there are cores; each trial's draws depend on its number only.
    int chunks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), trials / 1000));
    long[][] exceeding = IntStream.range(0, chunks).parallel().mapToObj(c -> {
      int from = (int) ((long) trials * c / chunks);
      int to = (int) ((long) trials * (c + 1) / chunks);
      long[] counts = new long[m];
      for (int tile = from; tile < to; tile += TILE) {
        int count = Math.min(TILE, to - tile);
        long[] swapped = swappedSums(packed, baseline.length, random, tile, count);
        countExceeding(packed, swapped, count, baselineTotal, systemTotals, observed, counts);
      }
      return counts;
    }).toArray(long[][]::new);
    List<PairedResult> results = new ArrayList<>();
    results.add(new PairedResult(baselineScore, null, null));
    for (int s = 0; s < m; s++) {
      long e = 0;
      for (long[] counts : exceeding) {
        e += counts[s];
      }
      results.add(new PairedResult(scores[s], Rows.pValue(e, trials), null));
    }
    return results;
  }

  /** Trials per tile: their packed sums (a few hundred bytes each) stay in cache beside the table. */
  private static final int TILE = 512;

  /**
   * For trials [from, from + count): the packed sums over the swapped sentences of the baseline's
   * and every system's rows. Block by block (8 sentences, whose 256 subset sums are tabulated).
   */
  private static long[] swappedSums(PackedColumns packed, int n, KeyedRandom random, int from, int count) {
    int w = packed.width();
    long[] rows = packed.rows();
    long[] sums = new long[count * w];
    long[] table = new long[256 * w];
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
        int at = mask * w;
        int restAt = rest * w;
        if (sentence < n) {
          int row = sentence * w;
          for (int k = 0; k < w; k++) {
            table[at + k] = table[restAt + k] + rows[row + k];
          }
        } else {
          System.arraycopy(table, restAt, table, at, w);
        }
      }
      int shift = (b & 7) * BLOCK;
      for (int t = 0; t < count; t++) {
        int mask = (int) (words[t] >>> shift) & 0xFF;
        if (mask != 0) {
          int row = mask * w;
          int at = t * w;
          for (int k = 0; k < w; k++) {
            sums[at + k] += table[row + k];
          }
        }
      }
    }
    return sums;
  }

  /** Adds to counts[s] the trials whose pseudo-systems differ more than system s and the baseline. */
  private void countExceeding(
      PackedColumns packed, long[] swapped, int count, long[] baselineTotal, long[][] systemTotals,
      double[] observed, long[] counts) {
    int width = baselineTotal.length;
    int w = packed.width();
    long[] fromBaseline = new long[width];
    long[] sa = new long[width];
    long[] sb = new long[width];
    for (int t = 0; t < count; t++) {
      int at = t * w;
      for (int k = 0; k < width; k++) {
        fromBaseline[k] = packed.value(swapped, at, k);
      }
      for (int s = 0; s < systemTotals.length; s++) {
        long[] systemTotal = systemTotals[s];
        for (int k = 0; k < width; k++) {
          sa[k] = systemTotal[k] + fromBaseline[k] - packed.value(swapped, at, (s + 1) * width + k);
          sb[k] = baselineTotal[k] + systemTotal[k] - sa[k];
        }
        if (Math.abs(metric.score(sa) - metric.score(sb)) > observed[s]) {
          counts[s]++;
        }
      }
    }
  }
}
