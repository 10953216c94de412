package org.rdrop.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.trainer.TestData;
import org.rdrop.trainer.engine.Numerics;

/**
 * A trainer started without the kernel pins (not through ./rdrop) refuses portable mode before libtorch
 * loads, naming the variables, and writes nothing; --numerics native runs in the same environment.
 */
class NumericsRefusalTest {
  @TempDir Path dir;

  private Process start(Path batches, Path yaml, Path out, String numerics) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dai.djl.offline=true", "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), TrainBatchesCommand.class.getName(),
        "--batches", batches.toString(), "--config", yaml.toString(), "--out", out.toString(),
        "--vocab-size", "24", "--steps", "2", "--numerics", numerics));
    pb.environment().keySet().removeAll(Numerics.PORTABLE_PINS.keySet());
    return pb.redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
  }

  @Test
  void portableModeWithoutThePinsIsRefusedAndNativeModeRuns() throws Exception {
    Path batches = TestData.writeReversal(dir.resolve("train.batches"), 1, 2, 4, 6, 24);
    Path yaml = TestData.writeConfig(dir.resolve("exp.yaml"), TestData.tinyConfig(2, 2));

    Path refused = dir.resolve("refused");
    Process p = start(batches, yaml, refused, "portable");
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String log = Files.readString(dir.resolve("refused.log"));
    assertThat(p.exitValue()).as(log).isEqualTo(1);
    for (String pin : Numerics.PORTABLE_PINS.keySet()) {
      assertThat(log).contains("need " + pin + "=" + Numerics.PORTABLE_PINS.get(pin));
    }
    assertThat(log).contains("./rdrop", Numerics.PIN_SCRIPT, "--numerics native");
    assertThat(refused).doesNotExist();

    Path nat = dir.resolve("native");
    Process q = start(batches, yaml, nat, "native");
    assertThat(q.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(q.exitValue()).as(Files.readString(dir.resolve("native.log"))).isZero();
    String runJson = Files.readString(nat.resolve("run.json"));
    assertThat(runJson).contains("\"numerics\" : \"native\"", "/native-");
  }
}
