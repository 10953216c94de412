package org.rdrop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rdrop.format.Curve;

class ReportChartsTest {
  @Test
  void theMovingAverageIsBiasCorrectedAsTensorBoardDoesIt() {
    // By hand, smoothing 0.5: averages 0.5, 1.25, 2.125 over weights 0.5, 0.75, 0.875.
    assertThat(ReportCharts.ema(new double[] {1, 2, 3}, 0.5)).containsExactly(new double[] {1, 5.0 / 3, 17.0 / 7},
        within(1e-12));
    assertThat(ReportCharts.ema(new double[] {4, 4, 4}, 0.9)).containsExactly(new double[] {4, 4, 4}, within(1e-12));
  }

  @Test
  void smoothingKeepsAboutFiftyEffectivePointsAndNeverLagsBeyondTwentyUpdates() {
    assertThat(ReportCharts.smoothing(40)).isZero();
    assertThat(ReportCharts.smoothing(150)).isEqualTo(1 - 50.0 / 150);
    assertThat(ReportCharts.smoothing(800)).isEqualTo(1 - 50.0 / 800);
    assertThat(ReportCharts.smoothing(100_000)).isEqualTo(0.95);
  }

  @Test
  void aCurveOfAtMostFourPointsABucketIsDrawnWhole() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
    double[] y = {5, 1, 4, 2, 8, 3, 7, 6};
    double[][] drawn = ReportCharts.thinned(x, y, 2);
    assertThat(drawn[0]).isSameAs(x);
    assertThat(drawn[1]).isSameAs(y);
  }

  @Test
  void aLongCurveKeepsEachBucketsFirstLowestHighestAndLastPointInOrder() {
    // Two buckets of 5: indexes 0-4 (y 5 1 4 9 2: first 0, lowest 1, highest 3, last 4) and 5-9 (y 3 7 0 6 6:
    // first 5, highest 6, lowest 7, last 9).
    double[] x = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    double[] y = {5, 1, 4, 9, 2, 3, 7, 0, 6, 6};
    double[][] drawn = ReportCharts.thinned(x, y, 2);
    assertThat(drawn[0]).containsExactly(10, 20, 40, 50, 60, 70, 80, 100);
    assertThat(drawn[1]).containsExactly(5, 1, 9, 2, 3, 7, 0, 6);
  }

  @Test
  void aConvergedRunsCurveIsDrawnWithItsExtremesAndEndsInAFractionOfTheSegments() {
    int n = 14_000;
    double[] x = IntStream.rangeClosed(1, n).asDoubleStream().toArray();
    double[] y = IntStream.range(0, n).mapToDouble(i -> 4 + Math.sin(i * 0.37) + (i == 9_001 ? 5 : 0)
        - (i == 12_345 ? 3 : 0)).toArray();
    double[][] drawn = ReportCharts.thinned(x, y);

    assertThat(drawn[0].length).isLessThanOrEqualTo(4 * ReportCharts.DRAWN_BUCKETS);
    assertThat(drawn[0][0]).isEqualTo(1);
    assertThat(drawn[0][drawn[0].length - 1]).isEqualTo(n);
    assertThat(drawn[1]).contains(9.0 + Math.sin(9_001 * 0.37), 1.0 + Math.sin(12_345 * 0.37));
    for (int k = 0; k < drawn[0].length; k++) {
      int i = (int) drawn[0][k] - 1;
      assertThat(drawn[1][k]).as("point %d is the measured value at update %d", k, i + 1).isEqualTo(y[i]);
      if (k > 0) {
        assertThat(drawn[0][k]).as("updates in order").isGreaterThan(drawn[0][k - 1]);
      }
    }

    // The chart of two such methods (raw and smoothed each) draws the thinned curves, not every update (before
    // thinning it drew about 4 x 14,000 segments).
    List<Curve.Row> rows = IntStream.range(0, n).mapToObj(i -> new Curve.Row(i + 1, 1, 1, 10, 100, 1e-3, y[i], y[i], 0, 1)).toList();
    String svg = ReportCharts.trainingLoss(new TreeMap<>(Map.of("baseline", rows, "rdrop", rows)));
    assertThat(SvgPolylinesTest.segmentsOf(svg)).hasSizeBetween(4 * ReportCharts.DRAWN_BUCKETS,
        4 * 4 * ReportCharts.DRAWN_BUCKETS);
  }
}
