package org.rdrop.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.trainer.loop.StepProfile.OpClass;
import org.rdrop.trainer.loop.StepProfile.Phase;

/** Self times, classes and phases of a small hand-made trace, with every expected number worked out below. */
class StepProfileTest {
  @TempDir Path dir;

  private static String op(String name, double ts, double dur, int tid, String shape) {
    return String.format(java.util.Locale.ROOT,
        "{\"name\": \"%s\", \"ph\": \"X\", \"ts\": %.3f, \"dur\": %.3f, \"tid\": %d, \"pid\": \"CPU Functions\", "
            + "\"shape\": %s, \"args\": {}}", name, ts, dur, tid, shape);
  }

  /**
   * The anchor op starts at 100 µs of the trace and at 1,000,000 ns of the Java clock, so Java's n ns is the
   * trace's 100 + (n - 1e6) / 1000 µs. The R-Drop step's phases end at 150 (forward), 170 (loss), 200
   * (backward), 210 (gradients), 220 (optimizer) and 225 (update returned); it starts at 110. The baseline
   * step runs from 230 to 290 in phases of 10 µs each.
   */
  private Path trace() throws IOException {
    return Files.writeString(dir.resolve("trace.json"), "[\n" + String.join(",\n", List.of(
        op("aten::neg", 100, 2, 1, "[[3, 5, 7, 11]]"),
        // R-Drop forward, thread 1: linear 20 holds addmm 15 which holds empty 1 -> self 5, 14, 1
        op("aten::addmm", 113, 15, 1, "[[8], [2, 8], [8, 8]]"),
        op("aten::linear", 112, 20, 1, "[[2, 8], [8, 8], [8]]"),
        op("aten::empty", 114, 1, 1, "[[]]"),
        op("aten::mul", 135, 4, 1, "[[2, 4], [2, 4]]"),              // dropout 4
        op("aten::add", 140, 3, 1, "[[2, 3, 4, 4], [1, 1, 4, 4]]"),  // attention 4-d: 3
        op("aten::relu", 145, 2, 1, "[[2, 4]]"),                      // element-wise 2
        op("aten::view", 148, 1, 1, "[[2, 4], []]"),                  // other 1
        // loss: softmax 6 and gather 2 (loss class), mm 5 (matmul)
        op("aten::_softmax", 152, 6, 1, "[[4, 9], [], []]"),
        op("aten::mm", 160, 5, 1, "[[4, 9], [9, 8]]"),
        op("aten::gather", 166, 2, 1, "[[4, 9], [], [4, 1]]"),
        // backward on thread 2: evaluate_function 10 holds MulBackward0 9 (same start) holds mul 7 ->
        // self 1, 2 (other: 3) and 7 (dropout); layer norm backward 8
        op("autograd::engine::evaluate_function: MulBackward0", 172, 10, 2, "[]"),
        op("MulBackward0", 172, 9, 2, "[[2, 4]]"),
        op("aten::mul", 173, 7, 2, "[[2, 4], [2, 4]]"),
        op("aten::native_layer_norm_backward", 185, 8, 2, "[[2, 4], [2, 4]]"),
        op("aten::copy_", 190, 2, 1, "[[2, 4], [2, 4], []]"),         // copies 2
        op("aten::sum", 201, 3, 1, "[[2, 4]]"),                       // gradients phase: optimizer 3
        op("aten::mul_", 211, 4, 1, "[[2, 4], []]"),                  // optimizer phase: optimizer 4
        // the baseline step's one op, in its forward; then one after both steps, counted nowhere
        op("aten::addmm", 232, 10, 1, "[[8], [2, 8], [8, 8]]"),
        op("aten::add", 300, 5, 1, "[[2, 4], [2, 4]]"),
        "{\"name\": \"instant\", \"ph\": \"i\", \"ts\": 120, \"tid\": 1, \"pid\": \"CPU Functions\"}")) + "\n]\n");
  }

  private static UpdateStep.Phases phases(long... us) {
    long[] n = new long[us.length];
    for (int i = 0; i < us.length; i++) {
      n[i] = 1_000_000 + (us[i] - 100) * 1000;   // trace µs -> Java ns
    }
    return new UpdateStep.Phases(n[0], n[1], n[2], n[3], n[4], n[5]);
  }

  private StepProfile.Report report() throws IOException {
    return StepProfile.read(trace(), 1_000_000, List.of(
        new StepProfile.Step("R-Drop", phases(110, 150, 170, 200, 210, 220), 1_125_000, 3_000),
        new StepProfile.Step("baseline", phases(230, 240, 250, 260, 270, 280), 1_190_000, 0)));
  }

  @Test
  void selfTimeIsDurationMinusDirectChildrenOnTheSameThread() throws IOException {
    List<StepProfile.Event> events = StepProfile.events(trace());
    assertThat(events).hasSize(20);   // the instant event is not an op
    double[] self = StepProfile.selfTimes(events);
    // addmm 15 - empty 1; linear 20 - addmm 15; evaluate_function 10 - MulBackward0 9; MulBackward0 9 - mul 7
    assertThat(self[1]).isCloseTo(14, offset(1e-9));
    assertThat(self[2]).isCloseTo(5, offset(1e-9));
    assertThat(self[11]).isCloseTo(1, offset(1e-9));
    assertThat(self[12]).isCloseTo(2, offset(1e-9));
    assertThat(self[13]).isCloseTo(7, offset(1e-9));
    // copy_ on thread 1 at 190 is not a child of thread 2's layer norm backward that spans it
    assertThat(self[14]).isCloseTo(8, offset(1e-9));
    assertThat(self[15]).isCloseTo(2, offset(1e-9));
  }

  @Test
  void opsAreClassedAndPhasesGetTheirWallAndOpTime() throws IOException {
    StepProfile.Report r = report();
    // matmul: linear 5 + addmm 14 + mm 5 = 24 µs; other: empty 1 + view 1 + autograd 1 + 2 = 5;
    // dropout 4 + 7 = 11; loss 6 + 2 = 8; optimizer 3 + 4 = 7
    double[] expected = {24, 8, 3, 8, 11, 2, 7, 2, 5};
    OpClass[] classes = {OpClass.MATMUL, OpClass.SOFTMAX_LOSS, OpClass.ATTENTION, OpClass.LAYER_NORM,
        OpClass.DROPOUT, OpClass.ELEMENTWISE, OpClass.OPTIMIZER, OpClass.COPIES, OpClass.OTHER};
    for (int i = 0; i < classes.length; i++) {
      assertThat(r.classMs("R-Drop", classes[i])).as(classes[i].name()).isCloseTo(expected[i] / 1000, offset(1e-12));
    }
    assertThat(r.classMs("baseline", OpClass.MATMUL)).isCloseTo(0.010, offset(1e-12));
    assertThat(r.classMs("baseline", OpClass.OTHER)).isZero();
    // Wall per phase: 40, 20, 30, 10, 10, 5 µs; ops (top-level durations): forward 20 + 4 + 3 + 2 + 1 = 30,
    // loss 13, backward 10 + 8 + 2 = 20, gradients 3, optimizer 4, after 0: 70 in all, as the classes' sum
    double[] wall = {40, 20, 30, 10, 10, 5};
    double[] ops = {30, 13, 20, 3, 4, 0};
    for (Phase p : Phase.values()) {
      assertThat(r.wallMs("R-Drop", p)).as(p.name()).isCloseTo(wall[p.ordinal()] / 1000, offset(1e-9));
      assertThat(r.opsMs("R-Drop", p)).as(p.name()).isCloseTo(ops[p.ordinal()] / 1000, offset(1e-9));
    }
    StringWriter text = new StringWriter();
    r.print(new PrintWriter(text, true));
    // R-Drop's update row: wall 115 µs, ops 70, gap 45, in ms to one decimal
    assertThat(text.toString()).contains("1 R-Drop, 1 baseline updates", "dropout-mask multiply")
        .containsPattern("\\nupdate +0\\.1 +0\\.1 +0\\.0 ");
  }

  @Test
  void aTraceWithoutTheAnchorIsRefusedNamingTheFile() throws IOException {
    Path t = Files.writeString(dir.resolve("other.json"), "[" + op("aten::mm", 1, 1, 1, "[]") + "]");
    assertThatThrownBy(() -> StepProfile.read(t, 0, List.of()))
        .isInstanceOf(IOException.class).hasMessageContaining(t.toString()).hasMessageContaining("anchor");
  }
}
