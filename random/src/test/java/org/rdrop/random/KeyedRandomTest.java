package org.rdrop.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyedRandomTest {

  @Test
  void valueIsAPureFunctionOfTheKey() {
    KeyedRandom a = KeyedRandom.of(64, "dropout/encoder.layer.0.ffn");
    long late = a.bits(1000, 7);
    // Draw lots of unrelated values first: a counter-based generator must not care.
    for (int i = 0; i < 10_000; i++) {
      a.bits(i, i);
    }
    KeyedRandom fresh = KeyedRandom.of(64, "dropout/encoder.layer.0.ffn");
    assertThat(fresh.bits(1000, 7)).isEqualTo(late);
  }

  @Test
  void everyCoordinateChangesTheValue() {
    long base = KeyedRandom.of(1, "p").bits(2, 3);
    assertThat(KeyedRandom.of(2, "p").bits(2, 3)).isNotEqualTo(base);
    assertThat(KeyedRandom.of(1, "q").bits(2, 3)).isNotEqualTo(base);
    assertThat(KeyedRandom.of(1, "p").bits(3, 3)).isNotEqualTo(base);
    assertThat(KeyedRandom.of(1, "p").bits(2, 4)).isNotEqualTo(base);
    // Swapping step and index must not give the same stream.
    assertThat(KeyedRandom.of(1, "p").bits(3, 2)).isNotEqualTo(base);
  }

  @Test
  void uniformLooksUniform() {
    KeyedRandom r = KeyedRandom.of(7, "stat");
    int n = 200_000;
    int[] bins = new int[10];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double u = r.uniform(0, i);
      assertThat(u).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
      sum += u;
      bins[(int) (u * 10)]++;
    }
    assertThat(sum / n).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.005));
    // Chi-square with 9 degrees of freedom: 27.9 is the 0.999 quantile.
    double expected = n / 10.0;
    double chi2 = Arrays.stream(bins).mapToDouble(b -> (b - expected) * (b - expected) / expected).sum();
    assertThat(chi2).isLessThan(27.9);
  }

  @Test
  void permutationIsAPermutationAndDependsOnStep() {
    KeyedRandom r = KeyedRandom.of(3, "batch-order");
    int[] p1 = r.permutation(1, 1000);
    int[] p2 = r.permutation(2, 1000);
    Set<Integer> seen = new HashSet<>();
    for (int v : p1) {
      seen.add(v);
    }
    assertThat(seen).hasSize(1000);
    assertThat(p1).isNotEqualTo(p2);
    assertThat(r.permutation(1, 1000)).isEqualTo(p1);
  }

  @Test
  void nextIntStaysInBoundAndCoversIt() {
    KeyedRandom r = KeyedRandom.of(5, "ints");
    int[] counts = new int[7];
    for (int i = 0; i < 70_000; i++) {
      int v = r.nextInt(0, i, 7);
      counts[v]++;
    }
    for (int c : counts) {
      assertThat(c).isBetween(9_500, 10_500);
    }
  }

  @Test
  void nextIntsAreNextIntForEachIndex() {
    KeyedRandom r = KeyedRandom.of(12345, "paired-bootstrap");
    // 1610612736 = 3 * 2^29 rejects a quarter of the raw draws, so the retry path runs too.
    for (int bound : new int[] {1, 7, 3004, 1_610_612_736, Integer.MAX_VALUE}) {
      for (long step : new long[] {0, 1, 999}) {
        int[] out = new int[2000];
        r.nextInts(step, bound, out);
        for (int i = 0; i < out.length; i++) {
          assertThat(out[i]).as("bound %d step %d index %d", bound, step, i).isEqualTo(r.nextInt(step, i, bound));
        }
      }
    }
    assertThatThrownBy(() -> r.nextInts(0, 0, new int[1])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsEmptyPurpose() {
    assertThatThrownBy(() -> KeyedRandom.of(1, "")).isInstanceOf(IllegalArgumentException.class);
  }
}
