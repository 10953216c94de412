package org.rdrop.bleu.significance;

import java.util.stream.IntStream;
import org.rdrop.random.KeyedRandom;

/**
 * A bootstrap 95% interval for any metric computed from per-item statistics (sacreBLEU's
 * estimate, generalised): perplexity from per-token negative log-likelihoods, accuracy from
 * per-example correctness, and so on. Item j of resample s is {@code KeyedRandom(seed,
 * purpose).nextInt(s, j, items)}.
 */
public final class BootstrapInterval {
  private BootstrapInterval() {}

  /** A metric of summed item statistics. */
  @FunctionalInterface
  public interface Metric {
    double value(double[] summed);
  }

  /** Perplexity from items [sum of negative log-likelihoods (nats), number of tokens]. */
  public static final Metric PERPLEXITY = s -> StrictMath.exp(s[0] / s[1]);

  /** Accuracy from items [correct (0 or 1, or a count), number of examples]. */
  public static final Metric ACCURACY = s -> s[0] / s[1];

  /** The metric on all items, and its bootstrap mean and interval. */
  public static final class Estimate {
    private final double value;
    private final ConfidenceInterval interval;

    Estimate(double value, ConfidenceInterval interval) {
      this.value = value;
      this.interval = interval;
    }

    /** The metric on the items as they are. */
    public double value() {
      return value;
    }

    public ConfidenceInterval interval() {
      return interval;
    }

    @Override
    public String toString() {
      return value + " (" + interval + ")";
    }
  }

  /**
   * @param items one statistics row per item, all of one width
   * @param purpose the random stream's name, e.g. {@code "bootstrap/perplexity"}
   */
  public static Estimate estimate(double[][] items, Metric metric, int samples, long seed, String purpose) {
    if (items.length == 0) {
      throw new IllegalArgumentException("no items to resample");
    }
    if (samples < 1) {
      throw new IllegalArgumentException("the number of bootstrap samples must be positive: " + samples);
    }
    int width = items[0].length;
    for (double[] r : items) {
      if (r.length != width) {
        throw new IllegalArgumentException("item rows of different widths: " + width + " and " + r.length);
      }
    }
    int n = items.length;
    double[] all = new double[width];
    for (double[] r : items) {
      for (int k = 0; k < width; k++) {
        all[k] += r[k];
      }
    }
    KeyedRandom random = KeyedRandom.of(seed, purpose);
    double[] values = new double[samples];
    IntStream.range(0, samples).parallel().forEach(s -> {
      double[] acc = new double[width];
      for (int j = 0; j < n; j++) {
        double[] r = items[random.nextInt(s, j, n)];
        for (int k = 0; k < width; k++) {
          acc[k] += r[k];
        }
      }
      values[s] = metric.value(acc);
    });
    return new Estimate(metric.value(all), ConfidenceInterval.of(values));
  }
}
