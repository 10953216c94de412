package org.rdrop.rouge;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rdrop.random.KeyedRandom;

/**
 * The corpus figure of per-example ROUGE scores: for each type and measure, the plain mean over the
 * examples, with a seeded bootstrap 95% interval.
 *
 * <p>rouge-score's {@code BootstrapAggregator} reports the 2.5th, 50th and 97.5th percentiles of 1,000
 * means of resamples drawn from numpy's unseeded global generator, so its figures change from run to
 * run. Here the figure is the mean itself (what the aggregator's middle value estimates), and the
 * interval takes the same percentiles (numpy's default linear interpolation) of {@code samples}
 * resample means whose draws are reproducible: index j of resample s is {@code KeyedRandom(seed,
 * "rouge-bootstrap").nextInt(s, j, examples)}. One set of resamples serves every type and measure.
 */
public final class CorpusRouge {
  public static final String PURPOSE = "rouge-bootstrap";
  public static final int DEFAULT_SAMPLES = 1000;
  public static final long DEFAULT_SEED = 12345;

  private CorpusRouge() {}

  /** Precision, recall and F-measure of one type over the corpus. */
  public record TypeEstimate(Estimate precision, Estimate recall, Estimate fmeasure) {
    public Estimate get(Score.Measure m) {
      return switch (m) {
        case PRECISION -> precision;
        case RECALL -> recall;
        case FMEASURE -> fmeasure;
      };
    }
  }

  /**
   * Each type's estimate, in the order of {@code types}; {@code examples} holds one map of scores an
   * example (as {@link RougeScorer#score} gives them).
   */
  public static Map<String, TypeEstimate> aggregate(List<Map<String, Score>> examples, List<RougeType> types,
      int samples, long seed) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no examples to aggregate");
    }
    if (samples < 1) {
      throw new IllegalArgumentException("the number of bootstrap samples must be positive: " + samples);
    }
    Score.Measure[] measures = Score.Measure.values();
    int width = types.size() * measures.length;
    int n = examples.size();
    double[] values = new double[n * width];
    for (int i = 0; i < n; i++) {
      for (int t = 0; t < types.size(); t++) {
        Score s = examples.get(i).get(types.get(t).name());
        if (s == null) {
          throw new IllegalArgumentException("example " + (i + 1) + " has no " + types.get(t).name() + " score");
        }
        for (int m = 0; m < measures.length; m++) {
          values[i * width + t * measures.length + m] = s.get(measures[m]);
        }
      }
    }
    double[] means = new double[width];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < width; k++) {
        means[k] += values[i * width + k];
      }
    }
    for (int k = 0; k < width; k++) {
      means[k] /= n;
    }

    double[][] resampled = new double[width][samples];
    KeyedRandom random = KeyedRandom.of(seed, PURPOSE);
    int[] draws = new int[n];
    double[] acc = new double[width];
    for (int s = 0; s < samples; s++) {
      random.nextInts(s, n, draws);
      Arrays.fill(acc, 0);
      for (int d : draws) {
        int base = d * width;
        for (int k = 0; k < width; k++) {
          acc[k] += values[base + k];
        }
      }
      for (int k = 0; k < width; k++) {
        resampled[k][s] = acc[k] / n;
      }
    }

    Map<String, TypeEstimate> out = new LinkedHashMap<>();
    for (int t = 0; t < types.size(); t++) {
      Estimate[] e = new Estimate[measures.length];
      for (int m = 0; m < measures.length; m++) {
        int k = t * measures.length + m;
        double[] sorted = resampled[k];
        Arrays.sort(sorted);
        e[m] = new Estimate(means[k], percentile(sorted, 2.5), percentile(sorted, 97.5));
      }
      out.put(types.get(t).name(), new TypeEstimate(e[0], e[1], e[2]));
    }
    return out;
  }

  /** numpy's {@code percentile(a, q)} with its default linear interpolation, of sorted values. */
  static double percentile(double[] sorted, double q) {
    double position = q / 100 * (sorted.length - 1);
    int lower = (int) Math.floor(position);
    int upper = Math.min(lower + 1, sorted.length - 1);
    double fraction = position - lower;
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction;
  }
}
