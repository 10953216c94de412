package org.rdrop.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.config.TrainConfigLoader;
import java.nio.file.Path;
import org.rdrop.trainer.data.Example;

/** The benchmark on real (here: small, uneven) batches: every figure is measured and consistent. */
class StepBenchmarkTest {
  @Test
  void realBatchesAreTimedForEveryKindOfStep() throws Exception {
    TrainConfig smoke = TrainConfigLoader.load(Path.of("..", "experiments", "smoke.yaml")).withThreads(1);
    int vocab = 40;
    List<List<Example>> batches = List.of(
        List.of(new Example(0, new int[] {5, 6, 7, 2}, new int[] {8, 9, 2}), new Example(1, new int[] {10, 2}, new int[] {11, 12, 13, 2})),
        List.of(new Example(2, new int[] {14, 15, 2}, new int[] {16, 2})));
    StepBenchmark.Figures f = StepBenchmark.run(smoke, vocab, batches, 3, "two tiny batches");

    assertThat(f.batches()).isEqualTo("two tiny batches");
    assertThat(f.vocab()).isEqualTo(vocab);
    assertThat(List.of(f.baselineStep(), f.rdropStep(), f.doubledBaselineStep(), f.rdropGflops())).allMatch(x -> x > 0);
    assertThat(f.baselineSecs()).hasSize(3);
    assertThat(f.baselineStep()).isEqualTo(middleOfThree(f.baselineSecs()));
    double[] b = f.baselineSecs();
    double[] r = f.rdropSecs();
    assertThat(f.baselineMeanStep()).isCloseTo((b[0] + b[1] + b[2]) / 3, offset(1e-12));
    assertThat(f.rdropMeanStep()).isCloseTo((r[0] + r[1] + r[2]) / 3, offset(1e-12));
    // Ratios pair the rounds (same batch): the median of the three rounds' ratios.
    double[] ratios = new double[3];
    double[] toDoubled = new double[3];
    for (int i = 0; i < 3; i++) {
      ratios[i] = f.rdropSecs()[i] / f.baselineSecs()[i];
      toDoubled[i] = f.rdropSecs()[i] / f.doubledSecs()[i];
    }
    assertThat(f.ratio()).isEqualTo(middleOfThree(ratios));
    assertThat(f.ratioToDoubledBatch()).isEqualTo(middleOfThree(toDoubled));
    assertThat(f.maskFractionOfRDrop()).isBetween(0.0, 1.0);
    // Target tokens of the timed batches (batch 0, 1, 0 in turn): (7 + 2 + 7) / 3 per step.
    assertThat(f.baselineTokensPerSecond() * f.baselineStep()).isCloseTo(16.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
  }

  static double middleOfThree(double[] x) {
    return Math.max(Math.min(x[0], x[1]), Math.min(Math.max(x[0], x[1]), x[2]));
  }

  @Test
  void startingParametersReachTheModel() throws Exception {
    TrainConfig smoke = TrainConfigLoader.load(Path.of("..", "experiments", "smoke.yaml")).withThreads(1);
    List<List<Example>> batches = List.of(List.of(new Example(0, new int[] {5, 6, 2}, new int[] {8, 2})));
    // Parameters of another model: the model refuses them, naming what it expected.
    assertThatThrownBy(() -> StepBenchmark.run(smoke, 40, batches, 1, "one batch", null,
        Map.of("not.a.parameter", new float[] {1f})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not.a.parameter");
  }

  @Test
  void nothingToTimeIsAnError() {
    TrainConfig c = null;
    assertThatThrownBy(() -> StepBenchmark.run(c, 40, List.of(), 3, "none"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one batch");
  }
}
