package org.rdrop.trainer.dropout;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rdrop.trainer.TestEngine;

class DropoutContextTest {
  @RegisterExtension static final TestEngine ENGINE = new TestEngine();

  @Test
  void stackedPassesGetTheirOwnMasksAndRates() {
    // [x; x] with 2 rows of 3 x 4 per pass; pass 0 at rate 0.3, pass 1 at rate 0.5.
    float[] ones = new float[2 * 2 * 3 * 4];
    Arrays.fill(ones, 1f);
    NDArray x = ENGINE.manager().create(ones, new Shape(4, 3, 4));
    DropoutMasks masks = new DropoutMasks(64);
    DropoutContext ctx = DropoutContext.training(masks, 11, new double[] {0.3, 0.5}, 0, 0);
    List<float[]> recorded = new ArrayList<>();
    ctx.setRecorder((site, step, pass, mask) -> recorded.add(mask));
    float[] y = ctx.apply(x, "decoder.layer.0.ffn", DropoutKind.MAIN).toFloatArray();

    float[] pass0 = masks.mask("decoder.layer.0.ffn", 11, 0, 0.3, 24);
    float[] pass1 = masks.mask("decoder.layer.0.ffn", 11, 1, 0.5, 24);
    assertThat(Arrays.copyOfRange(y, 0, 24)).isEqualTo(pass0);
    assertThat(Arrays.copyOfRange(y, 24, 48)).isEqualTo(pass1);
    assertThat(recorded).hasSize(2);
    assertThat(recorded.get(0)).isEqualTo(pass0);
    assertThat(pass0).isNotEqualTo(Arrays.copyOf(pass1, 24));
  }

  @Test
  void baselinePassEqualsFirstPassOfRDropAtTheSameStep() {
    float[] ones = new float[2 * 5];
    Arrays.fill(ones, 1f);
    DropoutMasks masks = new DropoutMasks(3);
    float[] single = DropoutContext.training(masks, 4, new double[] {0.3}, 0, 0)
        .apply(ENGINE.manager().create(ones, new Shape(2, 5)), "s", DropoutKind.MAIN).toFloatArray();
    float[] twice = new float[20];
    Arrays.fill(twice, 1f);
    float[] stacked = DropoutContext.training(masks, 4, new double[] {0.3, 0.3}, 0, 0)
        .apply(ENGINE.manager().create(twice, new Shape(4, 5)), "s", DropoutKind.MAIN).toFloatArray();
    assertThat(Arrays.copyOf(stacked, 10)).isEqualTo(single);
  }

  @Test
  void inferenceAndZeroRatesLeaveInputUntouched() {
    NDArray x = ENGINE.manager().create(new float[] {1, 2, 3, 4}, new Shape(2, 2));
    assertThat(DropoutContext.inference().apply(x, "s", DropoutKind.MAIN)).isSameAs(x);
    DropoutContext ctx = DropoutContext.training(new DropoutMasks(1), 0, new double[] {0.3}, 0, 0);
    assertThat(ctx.apply(x, "s.weights", DropoutKind.ATTENTION)).isSameAs(x);
  }
}
