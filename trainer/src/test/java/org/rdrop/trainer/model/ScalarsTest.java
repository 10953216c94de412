package org.rdrop.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.rdrop.trainer.engine.EngineSetup;

class ScalarsTest {

  /** Gradient of sum(x * 3) after the garbage collector had every chance to free the scalar's buffer. */
  static float[] gradientAfterGcPressure(BiFunction<NDArray, Float, NDArray> times) {
    Engine engine = EngineSetup.start(1);
    try (NDManager m = NDManager.newBaseManager()) {
      NDArray x = m.create(new float[] {1, 2, 3, 4}, new Shape(4));
      x.setRequiresGradient(true);
      try (NDScope scope = new NDScope(); GradientCollector gc = engine.newGradientCollector()) {
        scope.suppressNotUsedWarning();
        NDArray y = times.apply(x, 3f).sum();
        // Recycle freed direct memory with junk before the backward pass reads the saved scalar.
        for (int round = 0; round < 20; round++) {
          System.gc();
          List<ByteBuffer> junk = new ArrayList<>();
          for (int i = 0; i < 2000; i++) {
            ByteBuffer b = ByteBuffer.allocateDirect(4);
            b.putFloat(0, Float.NaN);
            junk.add(b);
          }
        }
        gc.backward(y);
        return x.getGradient().toFloatArray();
      }
    }
  }

  @Test
  void scalarOperandsSurviveUntilBackward() {
    float[] g = gradientAfterGcPressure((x, s) -> x.mul(Scalars.of(x, s)));
    assertThat(g).containsExactly(3f, 3f, 3f, 3f);
  }
}
