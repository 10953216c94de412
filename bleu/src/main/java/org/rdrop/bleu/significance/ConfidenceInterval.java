package org.rdrop.bleu.significance;

import java.util.Arrays;

/**
 * A bootstrap estimate as sacreBLEU's {@code estimate_ci} makes it: the mean of the resampled
 * values and the 95% interval between the sorted values at index {@code n / 40} and {@code n - n /
 * 40 - 1}. sacreBLEU reports half the interval's width as "ci" (mean ± ci).
 */
public final class ConfidenceInterval {
  private final double mean;
  private final double lower;
  private final double upper;

  public ConfidenceInterval(double mean, double lower, double upper) {
    this.mean = mean;
    this.lower = lower;
    this.upper = upper;
  }

  /** From resampled values (not modified). */
  public static ConfidenceInterval of(double[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    int lowerIdx = n / 40;
    int upperIdx = n - lowerIdx - 1;
    double sum = 0;
    for (double s : samples) {
      sum += s;
    }
    return new ConfidenceInterval(sum / n, sorted[lowerIdx], sorted[upperIdx]);
  }

  public double mean() {
    return mean;
  }

  public double lower() {
    return lower;
  }

  public double upper() {
    return upper;
  }

  /** sacreBLEU's "ci": half the width of the interval. */
  public double halfWidth() {
    return 0.5 * (upper - lower);
  }

  public boolean contains(double x) {
    return x >= lower && x <= upper;
  }

  @Override
  public String toString() {
    return "mean " + mean + ", 95% [" + lower + ", " + upper + "]";
  }
}
