package org.rdrop.trainer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A regression target in two ids: every float comes back bit for bit, and other ids are refused. */
class RegressionTargetTest {
  @Test
  void targetsRoundTripThroughTwoNonNegativeIdsAbovePadding() {
    for (float v : new float[] {0f, -0f, 1f, -1f, 3.75f, -5f, 1e-30f, -123456.78f, Float.MIN_VALUE, -Float.MAX_VALUE}) {
      int[] ids = RegressionTarget.ids(v);
      assertThat(ids).hasSize(2);
      assertThat(ids[0]).isBetween(2, 2 + 0xffff);
      assertThat(ids[1]).isBetween(2, 2 + 0xffff);
      assertThat(Float.floatToIntBits(RegressionTarget.value(ids, 0))).as("" + v).isEqualTo(Float.floatToIntBits(v));
    }
    // 1.0f is 0x3f800000: halves 0x3f80 and 0
    assertThat(RegressionTarget.ids(1f)).containsExactly(2 + 0x3f80, 2);
    assertThatThrownBy(() -> RegressionTarget.value(new int[] {1, 2}, 0)).hasMessageContaining("do not hold");
  }
}
