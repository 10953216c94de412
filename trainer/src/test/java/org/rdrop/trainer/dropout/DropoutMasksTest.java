package org.rdrop.trainer.dropout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.FloatBuffer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.rdrop.random.KeyedRandom;

class DropoutMasksTest {
  private static final String SITE = "encoder.layer.2.ffn";

  @Test
  void maskAtStepTDoesNotDependOnEarlierSteps() {
    DropoutMasks fresh = new DropoutMasks(64);
    float[] direct = fresh.mask(SITE, 7, 0, 0.3, 10_000);

    DropoutMasks used = new DropoutMasks(64);
    for (int step = 0; step < 7; step++) {
      used.mask(SITE, step, 0, 0.3, 10_000);
      used.mask(SITE, step, 1, 0.3, 10_000);
      used.mask("decoder.embed", step, 0, 0.1, 500);
    }
    assertThat(used.mask(SITE, 7, 0, 0.3, 10_000)).isEqualTo(direct);
  }

  @Test
  void passesSitesStepsAndSeedsGetDifferentMasks() {
    DropoutMasks m = new DropoutMasks(64);
    float[] base = m.mask(SITE, 3, 0, 0.3, 4096);
    assertThat(m.mask(SITE, 3, 1, 0.3, 4096)).isNotEqualTo(base);
    assertThat(m.mask("encoder.layer.1.ffn", 3, 0, 0.3, 4096)).isNotEqualTo(base);
    assertThat(m.mask(SITE, 4, 0, 0.3, 4096)).isNotEqualTo(base);
    assertThat(new DropoutMasks(65).mask(SITE, 3, 0, 0.3, 4096)).isNotEqualTo(base);
  }

  @Test
  void valuesAreZeroOrInverseKeepProbabilityAtTheRequestedRate() {
    float[] mask = new DropoutMasks(1).mask(SITE, 0, 0, 0.3, 200_000);
    float scale = (float) (1 / 0.7);
    int dropped = 0;
    for (float v : mask) {
      assertThat(v == 0f || v == scale).as("value %s", v).isTrue();
      dropped += v == 0f ? 1 : 0;
    }
    // Binomial(200000, 0.3): sd 205; 5 sd is about 0.005.
    assertThat(dropped / 200_000.0).isCloseTo(0.3, Offset.offset(0.005));
  }

  @Test
  void elementValueFollowsTheDocumentedLaneRule() {
    // Element e uses 16-bit lane (e mod 4) of the draw (step, e / 4) under purpose dropout/<site>/pass<p>.
    // 150,003 elements: several parallel chunks and bulk-copied tiles, and a tail of 3 lanes.
    KeyedRandom r = KeyedRandom.of(64, "dropout/" + SITE + "/pass1");
    int threshold = (int) Math.round(0.3 * 65536);
    float scale = (float) (1 / 0.7);
    int n = 150_003;
    float[] mask = new DropoutMasks(64).mask(SITE, 5, 1, 0.3, n);
    for (int e = 0; e < n; e++) {
      long word = r.bits(5, e / 4);
      int lane = (int) ((word >>> (16 * (e % 4))) & 0xFFFF);
      float expected = lane < threshold ? 0f : scale;
      if (Float.floatToRawIntBits(mask[e]) != Float.floatToRawIntBits(expected)) {
        assertThat(mask[e]).as("element %d (lane %d, threshold %d)", e, lane, threshold).isEqualTo(expected);
      }
    }
  }

  @Test
  void keyedMasksDrawFromTheirOwnPurposeNeverFromTheTrainingStream() {
    // Element e of a keyed mask uses the same lane rule under purpose <prefix>/dropout/<site>/pass<p>.
    String prefix = "diagnostic-dropout-kl/batch3";
    KeyedRandom r = KeyedRandom.of(64, prefix + "/dropout/" + SITE + "/pass1");
    int threshold = (int) Math.round(0.3 * 65536);
    float scale = (float) (1 / 0.7);
    float[] mask = DropoutMasks.keyed(64, prefix).mask(SITE, 5, 1, 0.3, 4096);
    for (int e = 0; e < mask.length; e++) {
      int lane = (int) ((r.bits(5, e / 4) >>> (16 * (e % 4))) & 0xFFFF);
      assertThat(mask[e]).as("element %d", e).isEqualTo(lane < threshold ? 0f : scale);
    }
    assertThat(mask).isNotEqualTo(new DropoutMasks(64).mask(SITE, 5, 1, 0.3, 4096));
    assertThat(DropoutMasks.keyed(64, "diagnostic-dropout-kl/batch4").mask(SITE, 5, 1, 0.3, 4096)).isNotEqualTo(mask);
    assertThatThrownBy(() -> DropoutMasks.keyed(64, "")).hasMessageContaining("purpose prefix");
  }

  @Test
  void parallelFillOfLargeMasksMatchesSequentialDefinition() {
    // More than one 64k chunk is filled in parallel; an offset write must equal the plain mask.
    DropoutMasks m = new DropoutMasks(9);
    int n = 300_001;
    FloatBuffer b = FloatBuffer.allocate(n + 17);
    m.fill(SITE, 2, 0, 0.5, b, 17, n);
    float[] expected = m.mask(SITE, 2, 0, 0.5, n);
    float[] got = new float[n];
    b.get(17, got);
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void rejectsRatesOutsideZeroToOne() {
    assertThatThrownBy(() -> DropoutMasks.threshold(1.0)).hasMessageContaining("[0, 1)");
    assertThatThrownBy(() -> DropoutMasks.threshold(-0.1)).hasMessageContaining("[0, 1)");
  }
}
