package org.rdrop.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Curve;
import org.rdrop.testkit.junit.CommandOutcome;
import org.rdrop.trainer.TestData;
import picocli.CommandLine;

/** verify in the trainer image: re-train from run.json and compare the outputs. */
class VerifyTrainingCommandTest {
  @TempDir Path dir;
  Path batches;
  Path run;

  @BeforeEach
  void trainOnce() throws Exception {
    batches = TestData.writeReversal(dir.resolve("train.batches"), 1, 4, 8, 6, 20);
    Path config = TestData.writeConfig(dir.resolve("exp.yaml"), TestData.tinyConfig(6, 3));
    run = dir.resolve("run");
    assertThat(new CommandLine(new TrainBatchesCommand()).execute("--batches", batches.toString(), "--config",
        config.toString(), "--out", run.toString(), "--vocab-size", "20", "--method", "rdrop")).isZero();
  }

  /** The command's exit code and what it printed (its re-training's progress goes to the process's stderr). */
  static CommandOutcome verify(String... args) {
    return CommandOutcome.run(new CommandLine(new VerifyTrainingCommand()), args);
  }

  @Test
  void anUnchangedRunReproducesFileByFile() {
    CommandOutcome o = verify(run.toString(), "--batches", batches.toString(), "--out", dir.resolve("again").toString());
    assertThat(o.exit()).as(o.out() + o.err()).isZero();
    assertThat(o.out()).contains("identical  run/curve.tsv", "identical  run/model.params")
        .endsWith("reproduced (rerun in " + dir.resolve("again") + ")\n")
        .doesNotContain("run.json differs");
  }

  @Test
  void aOneUlpChangeInTheRecordedCurveIsNamedAtItsStep() throws Exception {
    List<Curve.Row> rows = Curve.read(run.resolve(Curve.CURVE_FILE));
    Curve.Row r = rows.get(3);
    Curve.Row changed = new Curve.Row(r.step(), r.epoch(), r.passes(), r.sentences(), r.tokens(), r.lr(),
        Math.nextUp(r.loss()), r.nll(), r.kl(), r.gradNorm());
    List<Curve.Row> edited = new java.util.ArrayList<>(rows);
    edited.set(3, changed);
    Curve.write(run.resolve(Curve.CURVE_FILE), edited);
    CommandOutcome o = verify(run.toString(), "--batches", batches.toString(), "--out", dir.resolve("again").toString());
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.out()).contains("differs    run/curve.tsv", "first at step 4 (loss)").endsWith("NOT reproduced (rerun in "
        + dir.resolve("again") + ")\n");
  }

  @Test
  void otherBatchesAreRefusedBeforeTraining() throws Exception {
    Path other = TestData.writeReversal(dir.resolve("other.batches"), 2, 4, 8, 6, 20);
    CommandOutcome o = verify(run.toString(), "--batches", other.toString(), "--out", dir.resolve("again").toString());
    assertThat(o.exit()).isEqualTo(2);
    assertThat(o.err()).contains(other + " (--batches) has SHA-256 ", "not the data the run was trained on");
    assertThat(dir.resolve("again")).doesNotExist();
  }
}
