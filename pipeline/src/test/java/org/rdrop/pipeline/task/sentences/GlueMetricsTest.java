package org.rdrop.pipeline.task.sentences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;
import org.rdrop.random.KeyedRandom;

/** GLUE's metrics from summed item statistics against hand computations, scipy's documented values and commons-math. */
class GlueMetricsTest {
  @Test
  void mccAndF1OfScikitLearnsBinaryExample() {
    // scikit-learn's matthews_corrcoef example: y_true [+1, +1, +1, -1], y_pred [+1, -1, +1, +1] -> -1/3
    int[] actual = {1, 1, 1, 0};
    int[] predicted = {1, 0, 1, 1};
    assertThat(GlueMetrics.value(GlueMetrics.MCC, GlueMetrics.mccItems(predicted, actual, 2)))
        .isCloseTo(-100.0 / 3, within(1e-12));
    // tp 2, fp 1, fn 1: F1 = 2 * 2 / (2 * 2 + 1 + 1)
    assertThat(GlueMetrics.value(GlueMetrics.F1, GlueMetrics.f1Items(predicted, actual))).isCloseTo(200.0 / 3, within(1e-12));
  }

  @Test
  void mccOfThreeClassesIsGorodkinsRk() {
    // c = 2 correct of n = 4; true counts t = [1, 1, 2], predicted p = [1, 1, 2]:
    // (c n - p.t) / sqrt((n^2 - p.p)(n^2 - t.t)) = (8 - 6) / sqrt(10 * 10) = 0.2
    int[] actual = {0, 1, 2, 2};
    int[] predicted = {0, 2, 2, 1};
    assertThat(GlueMetrics.value(GlueMetrics.MCC, GlueMetrics.mccItems(predicted, actual, 3))).isCloseTo(20, within(1e-12));
    assertThat(GlueMetrics.classificationRows(3)).containsExactly("accuracy", "mcc");
    assertThat(GlueMetrics.classificationRows(2)).containsExactly("accuracy", "f1", "mcc");
  }

  @Test
  void degenerateDenominatorsGiveZeroAsScikitLearn() {
    int[] allZero = {0, 0, 0};
    assertThat(GlueMetrics.value(GlueMetrics.MCC, GlueMetrics.mccItems(allZero, new int[] {0, 1, 1}, 2))).isZero();
    assertThat(GlueMetrics.value(GlueMetrics.F1, GlueMetrics.f1Items(allZero, allZero))).isZero();
    assertThat(GlueMetrics.value(GlueMetrics.PEARSON, GlueMetrics.pearsonItems(new double[] {2, 2, 2},
        new double[] {1, 2, 3}))).isZero();
  }

  @Test
  void pearsonAndSpearmanOfScipysExample() {
    // scipy.stats.spearmanr([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) = 0.8207826816681233 (its documentation);
    // Pearson of the same: 6 / sqrt(10 * 5.2) by hand.
    double[] x = {1, 2, 3, 4, 5};
    double[] y = {5, 6, 7, 8, 7};
    assertThat(GlueMetrics.value(GlueMetrics.PEARSON, GlueMetrics.pearsonItems(x, y)))
        .isCloseTo(100 * 6 / Math.sqrt(52), within(1e-12));
    assertThat(GlueMetrics.value(GlueMetrics.PEARSON, GlueMetrics.spearmanItems(x, y)))
        .isCloseTo(100 * 0.8207826816681233, within(1e-12));
  }

  @Test
  void correlationsAgreeWithCommonsMathOnNoisyDataWithTies() {
    KeyedRandom r = KeyedRandom.of(3, "glue-metrics-test");
    int n = 500;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = r.nextInt(i, 0, 11) - 5; // integer scores -5..5: many ties, as AFINN's
      x[i] = 1000 + y[i] * 0.7 + (r.uniform(i, 1) - 0.5) * 6; // an offset that the centring must absorb
    }
    assertThat(GlueMetrics.value(GlueMetrics.PEARSON, GlueMetrics.pearsonItems(x, y)))
        .isCloseTo(100 * new PearsonsCorrelation().correlation(x, y), within(1e-9));
    assertThat(GlueMetrics.value(GlueMetrics.PEARSON, GlueMetrics.spearmanItems(x, y)))
        .isCloseTo(100 * new SpearmansCorrelation().correlation(x, y), within(1e-9));
  }
}
