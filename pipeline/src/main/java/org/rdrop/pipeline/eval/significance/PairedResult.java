package org.rdrop.pipeline.eval.significance;

/**
 * One system's line of a paired test, as sacreBLEU's {@code Result}: its score, the p-value of
 * its difference to the baseline (null for the baseline itself) and, for the bootstrap test, the
 * resampled mean and 95% interval (null for approximate randomization).
 */
public final class PairedResult {
  private final double score;
  private final Double pValue;
  private final ConfidenceInterval interval;

  public PairedResult(double score, Double pValue, ConfidenceInterval interval) {
    this.score = score;
    this.pValue = pValue;
    this.interval = interval;
  }

  public double score() {
    return score;
  }

  /** Null for the baseline. */
  public Double pValue() {
    return pValue;
  }

  /** Null when the test made none (approximate randomization). */
  public ConfidenceInterval interval() {
    return interval;
  }

  /** sacreBLEU's "mean", or null. */
  public Double mean() {
    return interval == null ? null : interval.mean();
  }

  /** sacreBLEU's "ci" (half width), or null. */
  public Double ci() {
    return interval == null ? null : interval.halfWidth();
  }

  @Override
  public String toString() {
    return "score=" + score + ", p=" + pValue + (interval == null ? "" : ", " + interval);
  }
}
