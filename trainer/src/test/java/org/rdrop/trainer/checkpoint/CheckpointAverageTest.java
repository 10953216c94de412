package org.rdrop.trainer.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointAverageTest {
  static LinkedHashMap<String, float[]> params(float[] w, float[] b) {
    LinkedHashMap<String, float[]> m = new LinkedHashMap<>();
    m.put("w", w);
    m.put("b", b);
    return m;
  }

  @Test
  void meanOfThreeCheckpointsByHand() {
    var a = params(new float[] {1f, -2f, 0.5f, 4f}, new float[] {0f});
    var b = params(new float[] {3f, -2f, 1.5f, 5f}, new float[] {1f});
    var c = params(new float[] {5f, 1f, 1f, 0f}, new float[] {-4f});
    var mean = CheckpointAverage.mean(List.of(a, b, c));
    assertThat(mean.keySet()).containsExactly("w", "b");
    // (1+3+5)/3, (-2-2+1)/3, (0.5+1.5+1)/3, (4+5+0)/3; (0+1-4)/3
    assertThat(mean.get("w")).containsExactly(3f, -1f, 1f, 3f);
    assertThat(mean.get("b")).containsExactly(-1f);
  }

  @Test
  void roundsToFloatOnceAfterSummingExactly() {
    // 0.1f, 0.2f, 0.3f: one third of their exact sum (0.2000000055) rounds to 0.2f.
    var mean = CheckpointAverage.mean(List.of(
        params(new float[] {0.1f}, new float[] {1e8f}),
        params(new float[] {0.2f}, new float[] {1f}),
        params(new float[] {0.3f}, new float[] {-1e8f})));
    assertThat(mean.get("w")).containsExactly(0.2f);
    // In float32, 1e8 + 1 is 1e8 and the mean would be 0; summed exactly it is 1/3.
    assertThat(mean.get("b")).containsExactly(1f / 3);
  }

  @Test
  void refusesCheckpointsOfDifferentShapes() {
    var a = params(new float[] {1f, 2f}, new float[] {0f});
    var b = params(new float[] {1f}, new float[] {0f});
    assertThatThrownBy(() -> CheckpointAverage.mean(List.of(a, b))).hasMessageContaining("w: 1 values, expected 2");
    assertThatThrownBy(() -> CheckpointAverage.mean(List.of())).hasMessageContaining("no checkpoints");
  }
}
