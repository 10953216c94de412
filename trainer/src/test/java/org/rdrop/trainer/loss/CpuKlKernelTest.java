package org.rdrop.trainer.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rdrop.trainer.engine.EngineSetup;

/** The fused KL kernel against the formula in double precision, and its independence of the thread count. */
class CpuKlKernelTest {
  static final int TOKENS = 7;
  static final int V = 37; // not a multiple of the kernel's eight partial sums
  static final float OFF = 1.3f;
  static final float EPS = 0.002f;

  static float[] logits(int passes) {
    SplittableRandom random = new SplittableRandom(11);
    float[] z = new float[passes * TOKENS * V];
    for (int i = 0; i < z.length; i++) {
      z[i] = (float) (3 * random.nextGaussian());
    }
    return z;
  }

  @ParameterizedTest(name = "{0} passes")
  @ValueSource(ints = {2, 3})
  void matchesTheFormulaInDoublePrecision(int passes) {
    EngineSetup.start(1);
    float[] zs = logits(passes);
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray z = m.create(zs, new Shape((long) passes * TOKENS, V));
      NDArray p = z.softmax(1);
      float[] ps = p.toFloatArray();
      float[] a = CpuKlKernel.apply(z, p, passes, TOKENS, OFF, EPS, true, 2);
      float[] g = p.toFloatArray();
      for (int r = 0; r < TOKENS; r++) {
        for (int i = 0; i < passes; i++) {
          double expectedA = 0;
          for (int v = 0; v < V; v++) {
            expectedA += ps[row(i, r) + v] * centred(zs, passes, i, r, v);
          }
          assertThat((double) a[i * TOKENS + r]).as("a pass %d token %d", i, r).isCloseTo(expectedA, Offset.offset(1e-5));
          for (int v = 0; v < V; v++) {
            double meanP = 0;
            for (int j = 0; j < passes; j++) {
              meanP += ps[row(j, r) + v] / passes;
            }
            double expected = ps[row(i, r) + v] * (centred(zs, passes, i, r, v) + OFF - expectedA) - (meanP + EPS);
            assertThat((double) g[row(i, r) + v]).as("G' pass %d token %d class %d", i, r, v)
                .isCloseTo(expected, Offset.offset(1e-5));
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3, 7, 16})
  void givesTheSameBitsWithAnyThreadCount(int threads) {
    EngineSetup.start(1);
    float[] zs = logits(2);
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray z = m.create(zs, new Shape(2L * TOKENS, V));
      NDArray p1 = z.softmax(1);
      NDArray pn = z.softmax(1);
      float[] a1 = CpuKlKernel.apply(z, p1, 2, TOKENS, OFF, EPS, true, 1);
      float[] an = CpuKlKernel.apply(z, pn, 2, TOKENS, OFF, EPS, true, threads);
      assertThat(an).isEqualTo(a1);
      assertThat(pn.toFloatArray()).isEqualTo(p1.toFloatArray());
      assertThat(z.toFloatArray()).as("z is only read").isEqualTo(zs);
    }
  }

  @Test
  void leavesTheProbabilitiesAloneWithoutGradient() {
    EngineSetup.start(1);
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray z = m.create(logits(2), new Shape(2L * TOKENS, V));
      NDArray p = z.softmax(1);
      float[] before = p.toFloatArray();
      CpuKlKernel.apply(z, p, 2, TOKENS, OFF, EPS, false, 2);
      assertThat(p.toFloatArray()).isEqualTo(before);
    }
  }

  @Test
  void rejectsArraysThatDoNotHoldThePasses() {
    EngineSetup.start(1);
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray z = m.zeros(new Shape(2L * TOKENS + 1, V));
      assertThatThrownBy(() -> CpuKlKernel.apply(z, z.softmax(1), 2, TOKENS, OFF, EPS, true, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("expected two [14, V] arrays, got (15, 37)");
    }
  }

  static int row(int pass, int token) {
    return (pass * TOKENS + token) * V;
  }

  static double centred(float[] z, int passes, int pass, int token, int v) {
    double mean = 0;
    for (int j = 0; j < passes; j++) {
      mean += z[row(j, token) + v];
    }
    return z[row(pass, token) + v] - mean / passes;
  }
}
