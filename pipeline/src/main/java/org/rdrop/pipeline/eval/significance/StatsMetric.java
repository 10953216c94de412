package org.rdrop.pipeline.eval.significance;

import java.io.Serializable;
import org.rdrop.pipeline.eval.bleu.Bleu;
import org.rdrop.pipeline.eval.bleu.BleuStats;

/**
 * A corpus metric computed from the sum of per-sentence statistic vectors (BLEU's sufficient
 * statistics, for instance). Resampling tests only ever re-sum and re-score.
 */
@FunctionalInterface
public interface StatsMetric extends Serializable {
  double score(long[] summedStats);

  /** Corpus BLEU with {@code bleu}'s smoothing and effective-order options. */
  static StatsMetric bleu(Bleu bleu) {
    return sum -> bleu.score(BleuStats.of(sum)).score();
  }

  /** Per-sentence BLEU statistics as the rows these tests take. */
  static long[][] rows(BleuStats[] stats) {
    long[][] rows = new long[stats.length][];
    for (int i = 0; i < stats.length; i++) {
      rows[i] = stats[i].toArray();
    }
    return rows;
  }
}
