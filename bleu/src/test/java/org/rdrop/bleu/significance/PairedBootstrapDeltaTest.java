package org.rdrop.bleu.significance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The difference's own interval: worked out by hand for metrics where the per-resample difference is
 * known without resampling.
 */
class PairedBootstrapDeltaTest {
  /** The sum of column 0: linear, so a resample's difference is the sum of the drawn rows' differences. */
  private static final StatsMetric SUM = s -> s[0];

  private static long[][] column(long... values) {
    long[][] rows = new long[values.length][];
    for (int i = 0; i < values.length; i++) {
      rows[i] = new long[] {values[i]};
    }
    return rows;
  }

  @Test
  void aConstantPerSentenceGainGivesAPointIntervalEvenWhenEachSystemVaries() {
    // Every sentence of the system scores 3 more than the baseline's, so any resample of n = 7
    // sentences differs by exactly 3 x 7 = 21, though each system's own score varies between resamples.
    long[][] base = column(0, 10, 2, 30, 4, 50, 6);
    long[][] sys = column(3, 13, 5, 33, 7, 53, 9);
    List<PairedResult> r = new PairedBootstrap(SUM, 200, 7).run(base, List.<long[][]>of(sys));

    assertThat(r.get(0).deltaInterval()).isNull();
    ConfidenceInterval delta = r.get(1).deltaInterval();
    assertThat(delta.lower()).isEqualTo(21.0);
    assertThat(delta.upper()).isEqualTo(21.0);
    assertThat(delta.mean()).isEqualTo(21.0);
    assertThat(r.get(1).interval().upper() - r.get(1).interval().lower()).isGreaterThan(21.0);
  }

  @Test
  void againstAnAllZeroBaselineTheDeltaIntervalIsTheSystemsInterval() {
    // The baseline scores 0 on every resample, so each difference is the system's resampled score.
    long[][] base = column(0, 0, 0, 0, 0);
    long[][] sys = column(1, 5, 2, 8, 0);
    PairedResult r = new PairedBootstrap(SUM, 400, 11).run(base, List.<long[][]>of(sys)).get(1);
    assertThat(r.deltaInterval().lower()).isEqualTo(r.interval().lower());
    assertThat(r.deltaInterval().upper()).isEqualTo(r.interval().upper());
    assertThat(r.deltaInterval().mean()).isEqualTo(r.interval().mean());
    assertThat(r.deltaInterval().lower()).isLessThan(r.deltaInterval().upper());
  }

  @Test
  void theDifferenceIsSignedSystemMinusBaseline() {
    // A loss of 1 per sentence on 4 sentences: every resample differs by -4.
    long[][] base = column(5, 6, 7, 8);
    long[][] sys = column(4, 5, 6, 7);
    PairedResult r = new PairedBootstrap(SUM, 50, 3).run(base, List.<long[][]>of(sys)).get(1);
    assertThat(r.deltaInterval().lower()).isEqualTo(-4.0);
    assertThat(r.deltaInterval().upper()).isEqualTo(-4.0);
  }

  @Test
  void approximateRandomizationMakesNoInterval() {
    long[][] base = column(5, 6, 7, 8);
    PairedResult r = new ApproximateRandomization(SUM, 100, 3).run(base, List.<long[][]>of(column(1, 2, 3, 4))).get(1);
    assertThat(r.deltaInterval()).isNull();
  }
}
