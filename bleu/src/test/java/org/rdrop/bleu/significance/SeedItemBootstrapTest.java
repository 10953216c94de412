package org.rdrop.bleu.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedItemBootstrapTest {
  /** Accuracy from [correct, 1] rows. */
  private static final BootstrapInterval.Metric ACCURACY = BootstrapInterval.ACCURACY;

  /** {@code correct} as rows [0|1, 1]. */
  private static double[][] items(int... correct) {
    double[][] rows = new double[correct.length][];
    for (int i = 0; i < correct.length; i++) {
      rows[i] = new double[] {correct[i], 1};
    }
    return rows;
  }

  @Test
  void withOneSeedItIsThePairedItemBootstrap() {
    double[][] base = items(1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1);
    double[][] rdrop = items(1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 1, 1);
    PairedItemBootstrap.Result one = PairedItemBootstrap.run(base, rdrop, ACCURACY, 300, 12345, "bootstrap/accuracy");
    SeedItemBootstrap.Result set = SeedItemBootstrap.run(List.<double[][]>of(base), List.<double[][]>of(rdrop), ACCURACY, 300, 12345,
        "bootstrap/accuracy");
    assertThat(set.baselineMean()).isEqualTo(one.baseline());
    assertThat(set.rdropMean()).isEqualTo(one.rdrop());
    assertThat(set.delta()).isEqualTo(one.delta());
    assertThat(set.pValue()).isEqualTo(one.pValue());
    assertThat(set.deltaInterval().lower()).isEqualTo(one.deltaInterval().lower());
    assertThat(set.deltaInterval().upper()).isEqualTo(one.deltaInterval().upper());
    assertThat(set.baselineInterval().lower()).isEqualTo(one.baselineInterval().lower());
    assertThat(set.rdropInterval().upper()).isEqualTo(one.rdropInterval().upper());
  }

  @Test
  void perSeedScoresTheirMeansAndStandardDeviationAreThoseComputedByHand() {
    // Four items; baseline seeds get 2, 3, 4 right (0.5, 0.75, 1.0), R-Drop seeds 3, 3, 4.
    List<double[][]> base = List.of(items(1, 1, 0, 0), items(1, 1, 1, 0), items(1, 1, 1, 1));
    List<double[][]> rdrop = List.of(items(1, 1, 1, 0), items(1, 1, 0, 1), items(1, 1, 1, 1));
    SeedItemBootstrap.Result r = SeedItemBootstrap.run(base, rdrop, ACCURACY, 100, 1, "t");
    assertThat(r.baseline()).containsExactly(0.5, 0.75, 1.0);
    assertThat(r.rdrop()).containsExactly(0.75, 0.75, 1.0);
    assertThat(r.baselineMean()).isEqualTo(0.75);
    assertThat(r.rdropMean()).isCloseTo(2.5 / 3, within(1e-15));
    assertThat(r.delta()).isCloseTo(2.5 / 3 - 0.75, within(1e-15));
    // sqrt(((0.5-0.75)^2 + 0 + (1-0.75)^2) / 2) = 0.25
    assertThat(SeedItemBootstrap.standardDeviation(r.baseline())).isEqualTo(0.25);
    assertThat(SeedItemBootstrap.standardDeviation(new double[] {3})).isZero();
  }

  @Test
  void seedsThatDisagreeMakeADeltaThatOneSeedShowsSignificantInconclusive() {
    // 40 items. Seed 0: R-Drop gets 16 more right than the baseline; seed 1: 16 fewer. Each seed alone is
    // a clear result; over both the mean delta is 0 and its interval must reach across it.
    int[] most = new int[40];
    int[] few = new int[40];
    for (int i = 0; i < 40; i++) {
      most[i] = i < 36 ? 1 : 0;
      few[i] = i < 20 ? 1 : 0;
    }
    double[][] b0 = items(few);
    double[][] r0 = items(most);
    double[][] b1 = items(most);
    double[][] r1 = items(few);
    PairedItemBootstrap.Result seed0 = PairedItemBootstrap.run(b0, r0, ACCURACY, 1000, 7, "t");
    assertThat(seed0.pValue()).isLessThan(0.01);
    SeedItemBootstrap.Result both = SeedItemBootstrap.run(List.of(b0, b1), List.of(r0, r1), ACCURACY, 1000, 7, "t");
    assertThat(both.delta()).isZero();
    assertThat(both.deltaInterval().lower()).isLessThan(0);
    assertThat(both.deltaInterval().upper()).isGreaterThan(0);
    assertThat(both.pValue()).isGreaterThan(0.2);
  }

  @Test
  void aGainEverySeedAgreesOnIsSignificant() {
    int[] base = new int[60];
    int[] better = new int[60];
    for (int i = 0; i < 60; i++) {
      base[i] = i % 2;
      better[i] = i % 2 == 1 || i % 6 == 0 ? 1 : 0;
    }
    SeedItemBootstrap.Result r = SeedItemBootstrap.run(List.of(items(base), items(base), items(base)),
        List.of(items(better), items(better), items(better)), ACCURACY, 1000, 3, "t");
    assertThat(r.delta()).isCloseTo(10.0 / 60, within(1e-15));
    assertThat(r.deltaInterval().lower()).isGreaterThan(0);
    assertThat(r.pValue()).isLessThan(0.01);
  }

  @Test
  void mismatchedShapesAreRefusedNamingWhatDiffers() {
    assertThatThrownBy(() -> SeedItemBootstrap.run(List.<double[][]>of(items(1, 0)), List.of(), ACCURACY, 10, 1, "t"))
        .hasMessage("baseline has 1 seeds, R-Drop 0");
    assertThatThrownBy(() -> SeedItemBootstrap.run(List.of(items(1, 0), items(1)), List.of(items(1, 0), items(0, 1)),
        ACCURACY, 10, 1, "t")).hasMessage("seed 1 was scored on 1 items, seed 0 on 2");
  }
}
