package org.rdrop.bleu.significance;

import java.io.Serializable;

/**
 * A corpus metric computed from the sum of per-sentence statistic vectors (BLEU's sufficient
 * statistics, for instance). Resampling tests only ever re-sum and re-score.
 */
@FunctionalInterface
public interface StatsMetric extends Serializable {
  double score(long[] summedStats);
}
