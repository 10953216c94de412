package org.rdrop.pipeline.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.trainer.loop.Method;

/** replay re-runs one step from the checkpoint before it and gets the recorded bits. */
class ReplayRunTest {
  @TempDir static Path runs;
  static Path run;
  static final PrintStream QUIET = new PrintStream(java.io.OutputStream.nullOutputStream());

  @BeforeAll
  static void train25Steps() throws IOException {
    run = runs.resolve("smoke");
    Experiments.Experiment smoke = Experiments.load("smoke");
    var options = PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create();
    PrepareRun.run(smoke, smoke.corpusDir(null), run, options);
    // smoke checkpoints every 10 updates and at the end; the trainer keeps the two newest: 20 and 25.
    TrainRun.run(run, List.of(Method.RDROP), new TrainRun.Overrides(25, 1, null), false, options);
  }

  @Test
  void aStepReplayedFromTheCheckpointBeforeItHasTheRecordedBits() throws IOException {
    ReplayRun.Result r = ReplayRun.run(run, Method.RDROP, 23, runs.resolve("scratch23"), QUIET);
    assertThat(r.fromCheckpoint()).isEqualTo(20);
    assertThat(r.replayed().step()).isEqualTo(23);
    assertThat(r.replayed().cells()).isEqualTo(r.recorded().cells());
    assertThat(r.replayed().kl()).isPositive();
  }

  @Test
  void aStepBeforeEveryKeptCheckpointIsReplayedFromTheInitialParameters() throws IOException {
    ReplayRun.Result r = ReplayRun.run(run, Method.RDROP, 5, runs.resolve("scratch5"), QUIET);
    assertThat(r.fromCheckpoint()).isZero();
    assertThat(r.replayed().step()).isEqualTo(5);
    assertThat(r.replayed().cells()).isEqualTo(r.recorded().cells());
  }

  @Test
  void aStepOutsideTheCurveIsRefused() {
    assertThatThrownBy(() -> ReplayRun.run(run, Method.RDROP, 26, runs.resolve("scratch26"), QUIET))
        .hasMessage("--step must be in 1..25, got 26");
  }
}
