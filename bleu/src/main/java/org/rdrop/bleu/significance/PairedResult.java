package org.rdrop.bleu.significance;

/**
 * One system's line of a paired test, as sacreBLEU's {@code Result}: its score, the p-value of
 * its difference to the baseline (null for the baseline itself) and, for the bootstrap test, the
 * resampled mean and 95% interval (null for approximate randomization), and for the bootstrap the 95%
 * interval of its difference to the baseline (system minus baseline on each resample; null for the
 * baseline and for approximate randomization).
 */
public final class PairedResult {
  private final double score;
  private final Double pValue;
  private final ConfidenceInterval interval;
  private final ConfidenceInterval deltaInterval;

  public PairedResult(double score, Double pValue, ConfidenceInterval interval) {
    this(score, pValue, interval, null);
  }

  public PairedResult(double score, Double pValue, ConfidenceInterval interval, ConfidenceInterval deltaInterval) {
    this.score = score;
    this.pValue = pValue;
    this.interval = interval;
    this.deltaInterval = deltaInterval;
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

  /**
   * The difference to the baseline (this system minus the baseline), resampled: on each bootstrap
   * resample both are scored and subtracted, and the interval is taken from those differences as
   * sacreBLEU takes a system's. Null for the baseline and when the test made none.
   */
  public ConfidenceInterval deltaInterval() {
    return deltaInterval;
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
    return "score=" + score + ", p=" + pValue + (interval == null ? "" : ", " + interval)
        + (deltaInterval == null ? "" : ", delta " + deltaInterval);
  }
}
