package org.rdrop.trainer.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rdrop.trainer.TestEngine;

class OptimTest {
  @RegisterExtension static final TestEngine ENGINE = new TestEngine();

  @Test
  void inverseSqrtWarmsUpLinearlyThenDecays() {
    InverseSqrtSchedule s = new InverseSqrtSchedule(5e-4, 4000, 1e-7);
    assertThat(s.lr(0)).isEqualTo(1e-7);
    assertThat(s.lr(2000)).isCloseTo(2.5005e-4, Percentage.withPercentage(1e-9));
    assertThat(s.lr(4000)).isCloseTo(5e-4, Percentage.withPercentage(1e-12));
    assertThat(s.lr(16000)).isCloseTo(2.5e-4, Percentage.withPercentage(1e-12));
    assertThatThrownBy(() -> new InverseSqrtSchedule(5e-4, 0, 0)).hasMessageContaining("warmup_updates");
  }

  @Test
  void adamFollowsFairseqsDecoupledUpdate() {
    double b1 = 0.9;
    double b2 = 0.98;
    double eps = 1e-8;
    double wd = 0.01;
    double[] p = {0.5, -1.25, 2.0};
    double[][] grads = {{0.1, -0.2, 0.3}, {0.05, 0.4, -0.1}, {-0.3, 0.0, 0.2}};
    double[] lrs = {1e-2, 2e-2, 3e-2};

    NDArray param = ENGINE.manager().create(new float[] {0.5f, -1.25f, 2.0f}, new Shape(3));
    try (FairseqAdam adam = new FairseqAdam(b1, b2, eps, wd)) {
      adam.initialize(ENGINE.manager(), List.of(new Shape(3)));
      double[] m = new double[3];
      double[] v = new double[3];
      for (int t = 1; t <= 3; t++) {
        double[] g = grads[t - 1];
        double lr = lrs[t - 1];
        NDArray grad = ENGINE.manager().create(new float[] {(float) g[0], (float) g[1], (float) g[2]}, new Shape(3));
        adam.step(List.of(param), List.of(grad), lr);
        double stepSize = lr * Math.sqrt(1 - Math.pow(b2, t)) / (1 - Math.pow(b1, t));
        for (int i = 0; i < 3; i++) {
          m[i] = b1 * m[i] + (1 - b1) * g[i];
          v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i];
          p[i] = p[i] - wd * lr * p[i];
          p[i] = p[i] - stepSize * m[i] / (Math.sqrt(v[i]) + eps);
        }
        float[] got = param.toFloatArray();
        for (int i = 0; i < 3; i++) {
          assertThat((double) got[i]).as("step %d element %d", t, i).isCloseTo(p[i], Offset.offset(2e-6));
        }
      }
      assertThat(adam.steps()).isEqualTo(3);
      float[] m1 = adam.exportFirstMoments().get(0);
      assertThat((double) m1[0]).isCloseTo(m[0], Offset.offset(1e-7));
    }
  }

  /**
   * Adam's first update bit for bit, against the same float32 operations in Java with a correctly rounded
   * square root: libtorch's float32 sqrt is not correctly rounded and follows the CPU's reciprocal square root
   * estimate (about one result in six differs), so this fails unless the denominator is CPU-independent.
   */
  @Test
  void adamsDenominatorIsTheCorrectlyRoundedSquareRoot() {
    int n = 100_000;
    java.util.Random random = new java.util.Random(17);
    float[] p0 = new float[n];
    float[] g = new float[n];
    for (int i = 0; i < n; i++) {
      p0[i] = (float) random.nextGaussian();
      g[i] = (float) (random.nextGaussian() * Math.exp(-8 * random.nextDouble())); // gradients over 3 decades
    }
    double b1 = 0.9;
    double b2 = 0.98;
    double eps = 1e-8;
    double lr = 1e-3;
    NDArray param = ENGINE.manager().create(p0, new Shape(n));
    try (FairseqAdam adam = new FairseqAdam(b1, b2, eps, 0)) {
      adam.initialize(ENGINE.manager(), List.of(new Shape(n)));
      adam.step(List.of(param), List.of(ENGINE.manager().create(g, new Shape(n))), lr);
    }
    float stepSize = (float) -(lr * Math.sqrt(1 - b2) / (1 - b1));
    float[] got = param.toFloatArray();
    int differ = 0;
    String first = null;
    for (int i = 0; i < n; i++) {
      float m = 0f * (float) b1 + g[i] * (float) (1 - b1);
      float v = 0f * (float) b2 + (g[i] * g[i]) * (float) (1 - b2);
      float denom = (float) Math.sqrt(v) + (float) eps; // Math.sqrt of a float is the correctly rounded root
      float expected = p0[i] + (m / denom) * stepSize;
      if (Float.floatToIntBits(expected) != Float.floatToIntBits(got[i])) {
        if (differ++ == 0) {
          first = String.format("element %d: gradient %a, expected %a, got %a", i, g[i], expected, got[i]);
        }
      }
    }
    assertThat(differ).as("parameters differing from the correctly rounded update (first: %s)", first).isZero();
  }

  @Test
  void gradientNormAndClipAsFairseq() {
    NDArray a = ENGINE.manager().create(new float[] {3, 0}, new Shape(2));
    NDArray b = ENGINE.manager().create(new float[] {0, 4, 0}, new Shape(3));
    List<NDArray> grads = List.of(a, b);
    double norm = Gradients.l2Norm(grads);
    assertThat(norm).isEqualTo(5.0);
    assertThat(Gradients.clip(grads, norm, 0)).isEqualTo(1.0);
    assertThat(Gradients.clip(grads, norm, 10)).isEqualTo(1.0);
    double coef = Gradients.clip(grads, norm, 1.0);
    assertThat(coef).isCloseTo(1 / (5 + 1e-6), Percentage.withPercentage(1e-9));
    assertThat((double) b.toFloatArray()[1]).isCloseTo(4 / (5 + 1e-6), Offset.offset(1e-6));
  }
}
