package org.rdrop.trainer.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rdrop.random.KeyedRandom;
import org.rdrop.trainer.TestEngine;
import org.rdrop.trainer.data.RegressionTarget;

/** The regression head's objective: values computed by hand, gradients against autograd of the formula. */
class RegressionLossTest {
  @RegisterExtension static final TestEngine ENGINE = new TestEngine();

  static int[] targets(float... values) {
    int[] t = new int[2 * values.length];
    for (int i = 0; i < values.length; i++) {
      System.arraycopy(RegressionTarget.ids(values[i]), 0, t, 2 * i, 2);
    }
    return t;
  }

  @Test
  void valuesMatchAHandComputation() {
    NDManager m = ENGINE.manager();
    // Two passes of two rows, d = 2; w = [1, 1], b = 0.5: predictions 1.5, 1.5 (pass 0) and 2.5, 3.5 (pass 1).
    NDArray h = m.create(new float[] {1, 0, 0, 1, 2, 0, 0, 3}, new Shape(4, 1, 2));
    NDArray w = m.create(new float[] {1, 1}, new Shape(1, 2));
    NDArray b = m.create(new float[] {0.5f}, new Shape(1));
    var r = new RegressionLoss(0.5).compute(h, w, b, targets(1f, 2f), 2, 2, false);
    // SE = 0.5^2 + 0.5^2 + 1.5^2 + 1.5^2 = 5; MSE between passes = (1.5 - 2.5)^2 + (1.5 - 3.5)^2 = 5
    assertThat(r.nll()).isEqualTo(5.0);
    assertThat(r.consistency()).isEqualTo(5.0);
    assertThat(r.total()).isEqualTo(7.5);
    assertThat(r.tokens()).isEqualTo(2);
    var baseline = new RegressionLoss(0).compute(h.get("0:2"), w, b, targets(1f, 2f), 2, 1, false);
    assertThat(baseline.total()).isEqualTo(0.5);
    assertThat(baseline.consistency()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void gradientsMatchAutograd(int passes) {
    NDManager m = ENGINE.manager();
    int rows = 3;
    int d = 4;
    double alpha = 0.7;
    KeyedRandom rnd = KeyedRandom.of(5, "regression-loss-test");
    float[] hv = new float[passes * rows * d];
    for (int i = 0; i < hv.length; i++) {
      hv[i] = (float) (rnd.uniform(passes, i) * 2 - 1);
    }
    float[] wv = {0.3f, -0.2f, 0.5f, 0.1f};
    float[] y = {0.25f, -1f, 2f};
    NDArray h = m.create(hv, new Shape((long) passes * rows, 1, d));
    NDArray w = m.create(wv, new Shape(1, d));
    NDArray b = m.create(new float[] {0.1f}, new Shape(1));
    var mine = new RegressionLoss(alpha).compute(h, w, b, targets(y), rows, passes, true);

    h.setRequiresGradient(true);
    w.setRequiresGradient(true);
    b.setRequiresGradient(true);
    try (GradientCollector gc = ENGINE.engine().newGradientCollector()) {
      NDArray z = h.reshape((long) passes * rows, d).matMul(w.transpose()).add(b).reshape(passes, rows);
      NDArray total = z.sub(m.create(y).reshape(1, rows)).square().sum();
      int pairs = passes * (passes - 1) / 2;
      for (int i = 0; i < passes; i++) {
        for (int j = i + 1; j < passes; j++) {
          total = total.add(z.get(i).sub(z.get(j)).square().sum().mul((float) (alpha / pairs)));
        }
      }
      gc.backward(total);
      assertThat(mine.total()).isCloseTo(total.getFloat(), Offset.offset(1e-5));
    }
    assertClose(mine.gradFeatures().toFloatArray(), h.getGradient().toFloatArray());
    assertClose(mine.gradWeight().toFloatArray(), w.getGradient().toFloatArray());
    assertClose(mine.gradBias().toFloatArray(), b.getGradient().toFloatArray());
  }

  @Test
  void rejectsAHeadWithMoreThanOneOutput() {
    NDManager m = ENGINE.manager();
    assertThatThrownBy(() -> new RegressionLoss(1).compute(m.zeros(new Shape(2, 1, 3)), m.zeros(new Shape(2, 3)),
        null, targets(1f, 2f), 2, 1, false))
        .hasMessageContaining("[1, d] weight");
  }

  private static void assertClose(float[] actual, float[] expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.length; i++) {
      assertThat(actual[i]).as("element " + i).isCloseTo(expected[i], Offset.offset(1e-5f));
    }
  }
}
