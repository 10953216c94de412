package org.rdrop.trainer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.trainer.TestData;
import org.rdrop.trainer.config.TrainConfig;
import picocli.CommandLine;

class TrainBatchesCommandTest {
  @TempDir Path dir;

  static int run(String... args) {
    return new CommandLine(new TrainBatchesCommand()).execute(args);
  }

  @Test
  void trainsFromFilesAndResumesACompletedRunAsANoOp() throws Exception {
    Path batches = TestData.writeReversal(dir.resolve("train.batches"), 1, 4, 8, 6, 20);
    Path config = TestData.writeConfig(dir.resolve("exp.yaml"), TestData.tinyConfig(6, 3));
    Path dict = Files.write(dir.resolve("dict.txt"),
        java.util.stream.IntStream.range(0, 16).mapToObj(i -> "w" + i + " " + (100 - i)).toList());
    String[] args = {"--batches", batches.toString(), "--config", config.toString(), "--out",
        dir.resolve("run").toString(), "--dict", dict.toString(), "--method", "baseline"};
    assertThat(run(args)).isZero();
    assertThat(Files.readAllLines(dir.resolve("run/curve.tsv"))).hasSize(7);
    assertThat(Files.readString(dir.resolve("run/run.json"))).contains("\"method\" : \"baseline\"", "\"vocab_size\" : 20");
    assertThat(run(args)).as("existing run without --resume").isEqualTo(1);
    String[] resume = java.util.Arrays.copyOf(args, args.length + 1);
    resume[args.length] = "--resume";
    assertThat(run(resume)).isZero();
  }

  @Test
  void usageAndInputErrorsHaveTheirExitCodes() throws Exception {
    assertThat(run("--batches", "x")).isEqualTo(2);
    Path config = TestData.writeConfig(dir.resolve("exp.yaml"), TestData.tinyConfig(6, 3));
    assertThat(run("--batches", dir.resolve("missing.batches").toString(), "--config", config.toString(),
        "--out", dir.resolve("r").toString(), "--vocab-size", "20")).isEqualTo(1);
    assertThat(run("--batches", "b", "--config", config.toString(), "--out", "o", "--vocab-size", "20",
        "--method", "dropout")).isEqualTo(1);
  }

  @Test
  void fileErrorsSayWhatWentWrong() {
    // java.nio reports a missing or unreadable file with the bare path as its message.
    assertThat(TrainBatchesCommand.describe(new java.nio.file.NoSuchFileException("/d/dict.txt")))
        .isEqualTo("/d/dict.txt: no such file");
    assertThat(TrainBatchesCommand.describe(new java.nio.file.AccessDeniedException("/d/dict.txt")))
        .isEqualTo("/d/dict.txt: permission denied");
    assertThat(TrainBatchesCommand.describe(new java.io.IOException("corrupt batch file /d/x.batches at byte 9: truncated")))
        .isEqualTo("corrupt batch file /d/x.batches at byte 9: truncated");
  }

  @Test
  void nonFiniteLossExitsWithItsOwnCode() throws Exception {
    Path batches = TestData.writeReversal(dir.resolve("train.batches"), 1, 4, 8, 6, 20);
    TrainConfig c = TestData.tinyConfig(30, 1)
        .withOptimizer(new TrainConfig.Optimizer("adam", List.of(0.9, 0.98), 1e-8, 1e30, 0, 0))
        .withSchedule(new TrainConfig.Schedule("inverse_sqrt", 1, 1e30, 30, 0));
    Path config = TestData.writeConfig(dir.resolve("exp.yaml"), c);
    assertThat(run("--batches", batches.toString(), "--config", config.toString(), "--out",
        dir.resolve("run").toString(), "--vocab-size", "20")).isEqualTo(TrainBatchesCommand.EXIT_NON_FINITE);
  }
}
