package org.rdrop.pipeline.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.RunDirectory;
import org.rdrop.testkit.junit.CommandOutcome;

/**
 * Preparation on an embedded Flink mini-cluster ({@code --flink-master [local]}) writes the DirectRunner's
 * bytes: the same manifest, so the same SHA-256 for every artifact, at parallelism 2 and 4.
 */
class FlinkPrepareTest {
  @TempDir static Path runs;

  @Test
  void smokeOnFlinkAtParallelism2And4MatchesTheDirectRunner() throws IOException {
    Path direct = prepare("smoke", runs.resolve("direct"), null, "--runner", "DirectRunner", "--parallelism", "1");
    Path flink2 = prepare("smoke", runs.resolve("flink-2"), null, "--runner", "FlinkRunner", "--parallelism", "2");
    Path flink4 = prepare("smoke", runs.resolve("flink-4"), null,
        "--runner", "FlinkRunner", "--flink-master", "[local]", "--parallelism", "4");

    String manifest = Files.readString(RunDirectory.of(direct).manifest());
    assertThat(manifest).contains("\"path\" : \"data/train.batches\"");
    assertThat(Files.readString(RunDirectory.of(flink2).manifest())).isEqualTo(manifest);
    assertThat(Files.readString(RunDirectory.of(flink4).manifest())).isEqualTo(manifest);
    // The manifest hashes what is on disk; compare the bytes too, so a stale manifest cannot hide a diff.
    for (Path file : dataFiles(direct)) {
      Path rel = direct.relativize(file);
      assertThat(Files.mismatch(file, flink4.resolve(rel))).as(rel.toString()).isEqualTo(-1L);
    }
  }

  /**
   * The edge where runners differ most: a training split that cleaning empties (every pair has an empty
   * side), so each Combine.globally over it sees no input and must give its default on Flink as on the
   * DirectRunner; preparation then refuses the empty split the same way on both, naming its corpus files,
   * and leaves nothing behind.
   */
  @Test
  void aTrainingSplitThatCleaningEmptiesFailsOnFlinkAsOnTheDirectRunner(@TempDir Path tmp) throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("train.en"), "a\nb\n");
    Files.writeString(corpus.resolve("train.es"), "\n\n"); // both pairs: Spanish side empty, dropped
    Files.writeString(corpus.resolve("valid.en"), "A b\n");
    Files.writeString(corpus.resolve("valid.es"), "c\n");
    Files.writeString(corpus.resolve("test.en"), "x\ny\n");
    Files.writeString(corpus.resolve("test.es"), "\nz\n");

    List<String> errors = new ArrayList<>();
    for (String[] runner : new String[][] {{"--runner", "DirectRunner"},
        {"--runner", "FlinkRunner", "--parallelism", "2"}}) {
      Path out = tmp.resolve(runner[1]);
      List<String> args = new ArrayList<>(List.of("prepare", "smoke", "--out", out.toString(), "--data",
          corpus.toString()));
      args.addAll(List.of(runner));
      CommandOutcome o = RdropCli.run(args.toArray(String[]::new));
      assertThat(o.exit()).as(runner[1] + ": " + o.err()).isEqualTo(1);
      assertThat(o.err()).as(runner[1]).contains(corpus.resolve("train.en") + ", " + corpus.resolve("train.es")
          + ": no train example is left after preparation").doesNotContain("\tat ");
      assertThat(out).as(runner[1]).doesNotExist();
      errors.add(o.err().replace(out.toString(), "OUT"));
    }
    assertThat(errors.get(1)).isEqualTo(errors.get(0));
  }

  @Test
  void aBadCorpusFailsOnFlinkNamingFileAndLineAndLeavesNoOutputs(@TempDir Path tmp) throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    for (String split : new String[] {"train", "valid", "test"}) {
      Files.writeString(corpus.resolve(split + ".en"), "in the beginning\ngod created\n");
      Files.writeString(corpus.resolve(split + ".es"), "en el principio\ncreo dios\n");
    }
    Files.write(corpus.resolve("valid.es"), new byte[] {'o', 'k', '\n', (byte) 0xFF, '\n'});
    Path run = tmp.resolve("run");

    CommandOutcome o = RdropCli.run("prepare", "smoke", "--data", corpus.toString(), "--out", run.toString(),
        "--runner", "FlinkRunner", "--parallelism", "2");

    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("valid.es:2: invalid UTF-8").doesNotContain("\tat ");
    // Prepared in a staging directory beside it: a failure leaves no run directory at all.
    assertThat(run).doesNotExist();
  }

  @Test
  void flinkMasterIsRefusedForTheDirectRunner() {
    CommandOutcome o = RdropCli.run("prepare", "smoke", "--flink-master", "[local]");
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("--flink-master applies to --runner FlinkRunner only");
  }

  private static Path prepare(String experiment, Path out, Path corpus, String... runnerArgs) {
    List<String> args = new ArrayList<>(List.of("prepare", experiment, "--out", out.toString()));
    if (corpus != null) {
      args.addAll(List.of("--data", corpus.toString()));
    }
    args.addAll(List.of(runnerArgs));
    CommandOutcome o = RdropCli.run(args.toArray(String[]::new));
    assertThat(o.exit()).as(o.err()).isZero();
    return out;
  }

  private static List<Path> dataFiles(Path run) throws IOException {
    try (Stream<Path> s = Files.list(run.resolve("data"))) {
      return s.sorted().toList();
    }
  }
}
