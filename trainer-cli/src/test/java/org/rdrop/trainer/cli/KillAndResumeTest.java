package org.rdrop.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Method;
import org.rdrop.trainer.TestData;
import org.rdrop.trainer.checkpoint.CheckpointStore;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.loop.TrainOptions;
import org.rdrop.trainer.loop.TrainResult;
import org.rdrop.trainer.loop.Trainer;

/**
 * Real processes: an uninterrupted child JVM, and a child JVM killed with SIGKILL (destroyForcibly) in
 * the middle of training and then resumed by a third JVM. Curve and parameters must match bit for bit,
 * and a run inside this JVM must match them too (same identity, different process).
 */
class KillAndResumeTest {
  static final int UPDATES = 150;
  @TempDir Path dir;

  private Process start(Path batches, Path config, Path out, boolean resume) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dai.djl.offline=true", "-Xmx512m",
        "-cp", System.getProperty("java.class.path"),
        TrainBatchesCommand.class.getName(),
        "--batches", batches.toString(), "--config", config.toString(), "--out", out.toString(),
        "--vocab-size", "24"));
    if (resume) {
      cmd.add("--resume");
    }
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(out.resolveSibling(out.getFileName() + (resume ? ".resume" : "") + ".log").toFile())
        .start();
  }

  private static int await(Process p) throws InterruptedException {
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("child JVM did not finish in 120 s");
    }
    return p.exitValue();
  }

  private static long curveRows(Path out) throws IOException {
    Path partial = out.resolve("curve.tsv.partial");
    if (!Files.exists(partial)) {
      return 0;
    }
    try (var lines = Files.lines(partial)) {
      return lines.count() - 1;
    } catch (java.io.UncheckedIOException e) {
      return 0;
    }
  }

  @Test
  void killedRunResumesBitIdentically() throws Exception {
    Path batches = TestData.writeReversal(dir.resolve("train.batches"), 1, 12, 16, 8, 24);
    TrainConfig config = TestData.tinyConfig(UPDATES, 20);
    Path yaml = TestData.writeConfig(dir.resolve("exp.yaml"), config);

    Path whole = dir.resolve("whole");
    assertThat(await(start(batches, yaml, whole, false))).isZero();

    Path killed = dir.resolve("killed");
    Process p = start(batches, yaml, killed, false);
    CheckpointStore store = new CheckpointStore(killed.resolve("checkpoints"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    // Kill once a checkpoint exists and the curve has moved past it, i.e. mid-way between checkpoints.
    while (p.isAlive() && System.nanoTime() < deadline) {
      List<Long> ck = store.listUpdates();
      if (!ck.isEmpty() && curveRows(killed) >= ck.get(ck.size() - 1) + 7) {
        break;
      }
      Thread.sleep(5);
    }
    assertThat(p.isAlive()).as("child still training when killed (raise UPDATES if it finished)").isTrue();
    p.destroyForcibly();
    p.waitFor(30, TimeUnit.SECONDS);
    assertThat(killed.resolve("summary.json")).doesNotExist();
    long rowsAtKill = curveRows(killed);
    assertThat(rowsAtKill).isLessThan(UPDATES);

    assertThat(await(start(batches, yaml, killed, true))).isZero();
    assertThat(Files.readAllBytes(killed.resolve("curve.tsv"))).isEqualTo(Files.readAllBytes(whole.resolve("curve.tsv")));
    assertThat(Files.readAllBytes(killed.resolve("model.params"))).isEqualTo(Files.readAllBytes(whole.resolve("model.params")));
    assertThat(Files.readString(dir.resolve("killed.resume.log"))).contains("resuming after update");

    // The same identity inside this JVM gives the same bytes.
    TrainResult here = Trainer.run(TrainOptions.builder().batches(batches).config(config).method(Method.RDROP)
        .vocabSize(24).out(dir.resolve("here")).build());
    assertThat(Files.readAllBytes(dir.resolve("here/curve.tsv"))).isEqualTo(Files.readAllBytes(whole.resolve("curve.tsv")));
    assertThat(Files.readAllBytes(dir.resolve("here/model.params")))
        .isEqualTo(Files.readAllBytes(whole.resolve("model.params")));
    assertThat(here.paramsSha256()).isNotBlank();
    System.err.printf("kill test: killed after %d of %d updates%n", rowsAtKill, UPDATES);
  }
}
