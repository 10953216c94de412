package org.rdrop.testkit.verdict;

/**
 * What a run measured: baseline and R-Drop scores on one metric and the R-Drop minus baseline difference
 * with its confidence interval and p-value (e.g. from paired bootstrap resampling of the test set).
 *
 * @param metric e.g. BLEU
 * @param baseline the baseline's score
 * @param rdrop the R-Drop model's score
 * @param delta R-Drop minus baseline
 * @param ciLow lower end of the confidence interval of {@code delta}
 * @param ciHigh upper end
 * @param ciLevel the interval's confidence, e.g. 0.95
 * @param pValue probability of a difference at least this large (two-sided) if R-Drop changed nothing
 * @param test how the interval and p-value were computed, e.g. "paired bootstrap, 1000 samples"
 */
public record MeasuredDelta(
    String metric, double baseline, double rdrop, double delta, double ciLow, double ciHigh, double ciLevel,
    double pValue, String test) {

  public MeasuredDelta {
    if (!(ciLow <= ciHigh)) {
      throw new IllegalArgumentException("confidence interval [" + ciLow + ", " + ciHigh + "] is empty");
    }
    if (!(ciLevel > 0 && ciLevel < 1)) {
      throw new IllegalArgumentException("confidence level " + ciLevel + " is not in (0, 1)");
    }
    if (!(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException("p-value " + pValue + " is not in [0, 1]");
    }
    if (Double.isNaN(delta) || Double.isNaN(baseline) || Double.isNaN(rdrop)) {
      throw new IllegalArgumentException("scores and delta must be numbers");
    }
  }
}
