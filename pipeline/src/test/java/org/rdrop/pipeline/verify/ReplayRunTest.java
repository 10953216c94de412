package org.rdrop.pipeline.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Method;
import org.rdrop.format.RunDirectory;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.run.PrepareRun;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.trainer.checkpoint.CheckpointStore;

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

  /** Where each test's replay makes its scratch directory; it must be empty again afterwards. */
  @TempDir Path scratchRoot;

  @AfterEach
  void theScratchDirectoryIsRemoved() throws IOException {
    try (Stream<Path> left = Files.list(scratchRoot)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aStepReplayedFromTheCheckpointBeforeItHasTheRecordedBits() throws IOException {
    ReplayRun.Result r = ReplayRun.run(run, Method.RDROP, 23, scratchRoot, QUIET);
    assertThat(r.fromCheckpoint()).isEqualTo(20);
    assertThat(r.replayed().step()).isEqualTo(23);
    assertThat(r.replayed().cells()).isEqualTo(r.recorded().cells());
    assertThat(r.replayed().kl()).isPositive();
  }

  @Test
  void aStepBeforeEveryKeptCheckpointIsReplayedFromTheInitialParameters() throws IOException {
    ReplayRun.Result r = ReplayRun.run(run, Method.RDROP, 5, scratchRoot, QUIET);
    assertThat(r.fromCheckpoint()).isZero();
    assertThat(r.replayed().step()).isEqualTo(5);
    assertThat(r.replayed().cells()).isEqualTo(r.recorded().cells());
  }

  @Test
  void aStepOutsideTheCurveIsRefused() {
    assertThatThrownBy(() -> ReplayRun.run(run, Method.RDROP, 26, scratchRoot, QUIET))
        .hasMessage("--step must be in 1..25, got 26");
  }

  @Test
  void aCorruptCheckpointIsNamedInTheRunNotAsItsScratchCopy(@TempDir Path copies) throws IOException {
    Path copy = copyOf(run, copies.resolve("smoke"));
    Path checkpoint = copy.resolve("rdrop/checkpoints").resolve(CheckpointStore.fileName(20));
    byte[] bytes = Files.readAllBytes(checkpoint);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(checkpoint, bytes);
    assertThatThrownBy(() -> ReplayRun.run(copy, Method.RDROP, 23, scratchRoot, QUIET))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(checkpoint.toString())
        .message().doesNotContain(scratchRoot.toString(), ReplayRun.SCRATCH_PREFIX);
  }

  @Test
  void theScratchDirectoryIsRemovedWhenTrainingFails(@TempDir Path copies) throws IOException {
    Path copy = copyOf(run, copies.resolve("smoke"));
    Path batches = RunDirectory.of(copy).data().batches("train");
    Files.write(batches, Arrays.copyOf(Files.readAllBytes(batches), 10)); // truncated
    assertThatThrownBy(() -> ReplayRun.run(copy, Method.RDROP, 5, scratchRoot, QUIET)).isInstanceOf(Exception.class);
    // theScratchDirectoryIsRemoved checks scratchRoot after this test too.
  }

  private static Path copyOf(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return to;
  }
}
