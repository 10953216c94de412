package org.rdrop.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

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
}
