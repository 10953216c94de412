package org.rdrop.bleu.significance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rdrop.bleu.Bleu;
import org.rdrop.bleu.BleuOptions;
import org.rdrop.bleu.BleuStats;
import org.rdrop.bleu.CorpusReferences;

/**
 * Paired bootstrap and approximate randomization against answers known without them: identical
 * systems, exact enumeration of every swap pattern, and sacreBLEU 2.6.0's own output on the same
 * input (which used another random generator, so only agreement within resampling noise counts).
 */
class PairedTestsTest {
  /** Accuracy-like metric: stats [correct, total]. */
  private static final StatsMetric RATIO = s -> 100.0 * s[0] / s[1];

  private static final List<String> REF = List.of("The dog bit the man.", "It was not unexpected.", "The man bit him first.");
  private static final List<String> HYP1 = List.of("The dog bit the man.", "It wasn't surprising.", "The man had just bitten him.");
  private static final List<String> HYP2 = List.of("The dog bit a man.", "It was surprising.", "The man bit him.");
  private static final List<String> HYP3 = List.of("A dog.", "It wasn't surprising at all.", "The man had just bitten him first.");

  private final Bleu bleu = new Bleu(BleuOptions.defaults());

  private long[][] stats(List<String> hyps) {
    CorpusReferences refs = bleu.prepareReferences(List.of(REF));
    return BleuStats.rows(bleu.sentenceStats(hyps, refs));
  }

  @Test
  void identicalSystemsGetTheSmallestPValueLikeSacrebleu() {
    // sacreBLEU counts differences strictly above the observed one; for identical systems the
    // observed difference is 0 and so is every resampled one: p = 1 / (n + 1). (sacreBLEU 2.6.0
    // prints 9.999000099990002e-05 and 0.000999000999000999 for a system against a copy of itself.)
    long[][] s = stats(HYP1);
    List<PairedResult> ar = new ApproximateRandomization(bleu.metric(), 10000, 12345).run(s, List.<long[][]>of(s));
    assertThat(ar.get(1).pValue()).isEqualTo(1.0 / 10001);
    List<PairedResult> bs = new PairedBootstrap(bleu.metric(), 1000, 12345).run(s, List.<long[][]>of(s));
    assertThat(bs.get(1).pValue()).isEqualTo(1.0 / 1001);
    assertThat(bs.get(1).mean()).isEqualTo(bs.get(0).mean());
  }

  @Test
  void approximateRandomizationMatchesExactEnumeration() {
    long[][] base = {{1, 1}, {1, 1}, {1, 1}, {0, 1}, {1, 2}};
    long[][] sys = {{0, 1}, {1, 1}, {0, 1}, {1, 1}, {0, 2}};
    double observed = Math.abs(RATIO.score(Rows.sum(base)) - RATIO.score(Rows.sum(sys)));
    // Every one of the 2^5 swap patterns is equally likely: count those that exceed the observed
    // difference.
    int exceeding = 0;
    for (int mask = 0; mask < 32; mask++) {
      long[] a = new long[2];
      long[] b = new long[2];
      for (int i = 0; i < 5; i++) {
        long[] toA = (mask >> i & 1) == 1 ? base[i] : sys[i];
        long[] toB = (mask >> i & 1) == 1 ? sys[i] : base[i];
        a[0] += toA[0];
        a[1] += toA[1];
        b[0] += toB[0];
        b[1] += toB[1];
      }
      if (Math.abs(RATIO.score(a) - RATIO.score(b)) > observed) {
        exceeding++;
      }
    }
    double exact = exceeding / 32.0;
    assertThat(exact).isBetween(0.05, 0.95); // a case where the test is informative
    int trials = 20000;
    double p = new ApproximateRandomization(RATIO, trials, 7).run(base, List.<long[][]>of(sys)).get(1).pValue();
    double sd = Math.sqrt(exact * (1 - exact) / trials);
    assertThat(p).isCloseTo(exact, within(4.5 * sd + 1.0 / trials));
  }

  @Test
  void approximateRandomizationAgreesWithSacrebleuWithinNoise() {
    // sacreBLEU 2.6.0, `sacrebleu ref -i hyp1 hyp2 hyp3 --paired-ar`: p = 0.7511 and 0.5034.
    List<PairedResult> r = new ApproximateRandomization(bleu.metric(), 10000, 12345)
        .run(stats(HYP1), List.<long[][]>of(stats(HYP2), stats(HYP3)));
    assertThat(r.get(0).score()).isCloseTo(45.06750632106114, within(1e-9));
    assertThat(r.get(1).score()).isCloseTo(35.827636937885366, within(1e-9));
    assertThat(r.get(1).pValue()).isCloseTo(0.7511, within(0.02));
    assertThat(r.get(2).pValue()).isCloseTo(0.5034, within(0.02));
    assertThat(r.get(1).interval()).isNull();
  }

  @Test
  void pairedBootstrapAgreesWithSacrebleuWithinNoise() {
    // sacreBLEU 2.6.0, `--paired-bs`: baseline mean 42.39; hyp2 p 0.2737, mean 35.00; hyp3 p 0.1439, mean 12.63.
    List<PairedResult> r = new PairedBootstrap(bleu.metric(), 1000, 12345)
        .run(stats(HYP1), List.<long[][]>of(stats(HYP2), stats(HYP3)));
    assertThat(r.get(0).pValue()).isNull();
    assertThat(r.get(0).mean()).isCloseTo(42.39, within(3.0));
    assertThat(r.get(1).pValue()).isCloseTo(0.2737, within(0.06));
    assertThat(r.get(1).mean()).isCloseTo(35.00, within(3.0));
    assertThat(r.get(2).pValue()).isCloseTo(0.1439, within(0.06));
    assertThat(r.get(2).mean()).isCloseTo(12.63, within(3.0));
  }

  @Test
  void aClearlyBetterSystemIsSignificantAndTheIntervalHoldsTheScore() {
    // 200 sentences: the system is right on 180, the baseline on 100 (ratio metric, in percent).
    long[][] base = new long[200][];
    long[][] sys = new long[200][];
    for (int i = 0; i < 200; i++) {
      base[i] = new long[] {i % 2, 1};
      sys[i] = new long[] {i % 10 == 0 ? 0 : 1, 1};
    }
    List<PairedResult> bs = new PairedBootstrap(RATIO, 1000, 1).run(base, List.<long[][]>of(sys));
    assertThat(bs.get(1).score()).isEqualTo(90.0);
    assertThat(bs.get(1).pValue()).isLessThan(0.01);
    assertThat(bs.get(1).interval().contains(90.0)).isTrue();
    assertThat(bs.get(0).interval().contains(50.0)).isTrue();
    // Binomial: the bootstrap standard deviation of the system's accuracy is about
    // 100 * sqrt(0.9 * 0.1 / 200) = 2.12, so the 95% half-width is about 1.96 * 2.12 = 4.2.
    assertThat(bs.get(1).ci()).isBetween(3.2, 5.2);
    List<PairedResult> ar = new ApproximateRandomization(RATIO, 2000, 1).run(base, List.<long[][]>of(sys));
    assertThat(ar.get(1).pValue()).isLessThan(0.01);
  }

  @Test
  void statisticsTooLargeToShareALongGiveTheSameResultsAsSmallOnes() {
    // Small statistics are summed several to a long (10 bits each here), large ones one to a long,
    // in both tests.
    // RATIO does not change when both statistics are multiplied by 2^40 (exactly, in doubles),
    // which forces one to a long; the results must be identical to the unscaled ones.
    long[][] base = new long[300][];
    long[][] sys = new long[300][];
    long[][] bigBase = new long[300][];
    long[][] bigSys = new long[300][];
    for (int i = 0; i < 300; i++) {
      base[i] = new long[] {i % 3 == 0 ? 0 : 1, 1 + i % 2};
      sys[i] = new long[] {i % 5 == 0 ? 0 : 1, 1 + i % 2};
      bigBase[i] = new long[] {base[i][0] << 40, base[i][1] << 40};
      bigSys[i] = new long[] {sys[i][0] << 40, sys[i][1] << 40};
    }
    List<PairedResult> small = new PairedBootstrap(RATIO, 300, 5).run(base, List.<long[][]>of(sys));
    List<PairedResult> big = new PairedBootstrap(RATIO, 300, 5).run(bigBase, List.<long[][]>of(bigSys));
    for (int s = 0; s < 2; s++) {
      assertThat(big.get(s).score()).isEqualTo(small.get(s).score());
      assertThat(big.get(s).pValue()).isEqualTo(small.get(s).pValue());
      assertThat(big.get(s).mean()).isEqualTo(small.get(s).mean());
      assertThat(big.get(s).interval().lower()).isEqualTo(small.get(s).interval().lower());
      assertThat(big.get(s).interval().upper()).isEqualTo(small.get(s).interval().upper());
    }
    List<PairedResult> smallAr = new ApproximateRandomization(RATIO, 3000, 5).run(base, List.<long[][]>of(sys, base));
    List<PairedResult> bigAr = new ApproximateRandomization(RATIO, 3000, 5).run(bigBase, List.<long[][]>of(bigSys, bigBase));
    for (int s = 0; s < 3; s++) {
      assertThat(bigAr.get(s).score()).isEqualTo(smallAr.get(s).score());
      assertThat(bigAr.get(s).pValue()).isEqualTo(smallAr.get(s).pValue());
    }
    assertThat(smallAr.get(2).pValue()).isEqualTo(1.0 / 3001); // the baseline against itself
  }

  @Test
  void sameSeedSameResultsOtherSeedOtherDraws() {
    long[][] a = stats(HYP1);
    long[][] b = stats(HYP3);
    PairedBootstrap bs = new PairedBootstrap(bleu.metric(), 500, 99);
    List<PairedResult> first = bs.run(a, List.<long[][]>of(b));
    List<PairedResult> second = bs.run(a, List.<long[][]>of(b));
    assertThat(second.get(1).pValue()).isEqualTo(first.get(1).pValue());
    assertThat(second.get(1).mean()).isEqualTo(first.get(1).mean());
    List<PairedResult> other = new PairedBootstrap(bleu.metric(), 500, 100).run(a, List.<long[][]>of(b));
    assertThat(other.get(1).mean()).isNotEqualTo(first.get(1).mean());
    ApproximateRandomization ar = new ApproximateRandomization(bleu.metric(), 3000, 99);
    assertThat(ar.run(a, List.<long[][]>of(b)).get(1).pValue()).isEqualTo(ar.run(a, List.<long[][]>of(b)).get(1).pValue());
  }

  @Test
  void confidenceIntervalUsesSacrebleusQuantileIndices() {
    double[] v = new double[80];
    for (int i = 0; i < 80; i++) {
      v[i] = 79 - i; // 0..79, unsorted
    }
    ConfidenceInterval ci = ConfidenceInterval.of(v);
    // n // 40 = 2: lower = sorted[2] = 2, upper = sorted[80 - 2 - 1] = 77.
    assertThat(ci.lower()).isEqualTo(2.0);
    assertThat(ci.upper()).isEqualTo(77.0);
    assertThat(ci.halfWidth()).isEqualTo(37.5);
    assertThat(ci.mean()).isEqualTo(39.5);
  }
}
