package org.rdrop.container;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.rdrop.cli.RdropCommand;
import org.rdrop.trainer.cli.TrainBatchesCommand;
import picocli.CommandLine;

/**
 * The smoke experiment's data, prepared on the host as {@code ./rdrop prepare smoke} does, and the same
 * training run in-process on the host: the reference every container run is compared with. Made once per
 * test run under {@code target/it} (kept for inspection after a failure).
 */
final class SmokeRun {
  /**
   * The smoke experiment as configured (40 updates, a checkpoint every 10, 2 intra-op threads), which is
   * how its golden curve {@link #GOLDEN} was trained.
   */
  static final int STEPS = 40;
  static final String GOLDEN = "smoke/rdrop";
  /** What a container needs, all in one directory. */
  static final List<String> INPUTS = List.of("train.batches", "valid.batches", "dict.txt", "exp.yaml");

  static final Path WORK = Path.of(System.getProperty("rdrop.it.work", "target/it")).toAbsolutePath().normalize();

  private static Path data;
  private static Path host;

  private SmokeRun() {}

  static synchronized Path data() throws IOException {
    if (data == null) {
      deleteTree(WORK);
      Path prepared = WORK.resolve("prepared");
      long t0 = System.nanoTime();
      int rc = RdropCommand.newCommandLine().execute("prepare", "smoke", "--out", prepared.toString());
      if (rc != 0) {
        throw new IllegalStateException("rdrop prepare smoke failed with exit code " + rc);
      }
      System.err.printf("smoke data prepared on the host in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      Path d = prepared.resolve("data");
      Files.copy(TrainerImage.REPO.resolve("experiments/smoke.yaml"), d.resolve("exp.yaml"));
      data = d;
    }
    return data;
  }

  /** The same training as in the containers, in this JVM. */
  static synchronized Path hostRun() throws IOException {
    if (host == null) {
      Path d = data();
      Path out = WORK.resolve("host");
      long t0 = System.nanoTime();
      int rc = new CommandLine(new TrainBatchesCommand())
          .execute(trainArgs(d + "/", out.toString(), "cpu").toArray(String[]::new));
      if (rc != 0) {
        throw new IllegalStateException("training on the host failed with exit code " + rc);
      }
      System.err.printf("host run trained in %.1f s%n", (System.nanoTime() - t0) / 1e9);
      host = out;
    }
    return host;
  }

  /** train-batches arguments (without the command name) for inputs in {@code dataDir} (ending in '/'). */
  static List<String> trainArgs(String dataDir, String out, String device) {
    return new ArrayList<>(List.of(
        "--batches", dataDir + "train.batches", "--valid", dataDir + "valid.batches",
        "--config", dataDir + "exp.yaml", "--dict", dataDir + "dict.txt", "--out", out,
        "--steps", Integer.toString(STEPS), "--device", device));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
