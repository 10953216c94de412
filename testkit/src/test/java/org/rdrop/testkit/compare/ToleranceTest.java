package org.rdrop.testkit.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ToleranceTest {
  @Test
  void ulpDistanceCountsRepresentableSteps() {
    assertThat(Ulps.distance(1.0, 1.0)).isZero();
    assertThat(Ulps.distance(1.0, Math.nextUp(1.0))).isEqualTo(1);
    assertThat(Ulps.distance(Math.nextUp(Math.nextUp(1.0)), 1.0)).isEqualTo(2);
    assertThat(Ulps.distance(0.0, -0.0)).isZero();
    assertThat(Ulps.distance(-Double.MIN_VALUE, Double.MIN_VALUE)).isEqualTo(2);
    assertThat(Ulps.distance(Double.NaN, 1.0)).isEqualTo(Long.MAX_VALUE);
    assertThat(Ulps.distance(-Double.MAX_VALUE, Double.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void boundsFollowNumpyAllcloseOrUlps() {
    Tolerance t = new Tolerance(0.01, 0.1, 0);
    assertThat(t.allows(10.0, 11.0)).isTrue(); // 1.0 <= 0.01 + 0.1 * 10
    assertThat(t.allows(10.0, 11.02)).isFalse();
    assertThat(t.allows(0.0, 0.01)).isTrue();
    assertThat(Tolerance.ulps(2).allows(1.0, Math.nextUp(Math.nextUp(1.0)))).isTrue();
    assertThat(Tolerance.ulps(2).allows(1.0, Math.nextUp(Math.nextUp(Math.nextUp(1.0))))).isFalse();
    assertThat(Tolerance.absolute(1).allows(Double.NaN, 0)).isFalse();
    assertThat(Tolerance.absolute(1).allows(Double.NaN, Double.NaN)).isTrue();
    assertThat(Tolerance.absolute(1e300).allows(Double.POSITIVE_INFINITY, 1e300)).isFalse();
    assertThat(new Tolerance(1e-6, 1e-3, 2).describe()).isEqualTo("atol 1.0E-6 + rtol 0.001 x |expected| or <= 2 ulp");
    assertThat(Tolerance.ulps(0).describe()).isEqualTo("no difference (all bounds 0)");
    assertThatThrownBy(() -> new Tolerance(-1, 0, 0)).hasMessageContaining("must be >= 0");
  }
}
