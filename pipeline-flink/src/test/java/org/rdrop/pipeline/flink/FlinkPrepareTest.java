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
import org.rdrop.pipeline.prepare.PrepareRun;

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

    String manifest = Files.readString(direct.resolve(PrepareRun.MANIFEST));
    assertThat(manifest).contains("\"path\" : \"data/train.batches\"");
    assertThat(Files.readString(flink2.resolve(PrepareRun.MANIFEST))).isEqualTo(manifest);
    assertThat(Files.readString(flink4.resolve(PrepareRun.MANIFEST))).isEqualTo(manifest);
    // The manifest hashes what is on disk; compare the bytes too, so a stale manifest cannot hide a diff.
    for (Path file : dataFiles(direct)) {
      Path rel = direct.relativize(file);
      assertThat(Files.mismatch(file, flink4.resolve(rel))).as(rel.toString()).isEqualTo(-1L);
    }
  }

  /**
   * The edges where runners differ most: an empty training split (every Combine.globally sees no input and
   * must give its default: empty BPE codes, a dictionary of specials and padding, zero counts; every
   * side input of it is still a singleton), an all-kept split, and a split where a pair is dropped.
   * Expected file contents are worked out by hand from the formats in docs/run-directory.md.
   */
  @Test
  void emptyTrainingSplitGivesTheDefaultsOnFlinkAsOnTheDirectRunner(@TempDir Path tmp) throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("train.en"), "");
    Files.writeString(corpus.resolve("train.es"), "");
    Files.writeString(corpus.resolve("valid.en"), "A b\n");
    Files.writeString(corpus.resolve("valid.es"), "c\n");
    Files.writeString(corpus.resolve("test.en"), "x\ny\n");
    Files.writeString(corpus.resolve("test.es"), "\nz\n"); // line 1: Spanish side empty, dropped

    Path direct = prepare("smoke", tmp.resolve("direct"), corpus, "--runner", "DirectRunner");
    Path flink = prepare("smoke", tmp.resolve("flink"), corpus, "--runner", "FlinkRunner", "--parallelism", "2");

    assertThat(Files.readString(flink.resolve(PrepareRun.MANIFEST)))
        .isEqualTo(Files.readString(direct.resolve(PrepareRun.MANIFEST)));
    Path data = flink.resolve("data");
    assertThat(Files.readString(data.resolve("bpe.codes"))).isEqualTo("#version: 0.2\n");
    // Specials <s> <pad> </s> <unk> are implicit; padding to a multiple of 8 adds four made-up words.
    assertThat(Files.readString(data.resolve("dict.txt")))
        .isEqualTo("madeupword0000 0\nmadeupword0001 0\nmadeupword0002 0\nmadeupword0003 0\n");
    assertThat(Files.size(data.resolve("train.tok.en"))).isZero();
    assertThat(Files.size(data.resolve("train.ids.tsv"))).isZero();
    // Every token is unknown (3), </s> (2) closes each side; ids are corpus line numbers.
    assertThat(Files.readString(data.resolve("valid.ids.tsv"))).isEqualTo("1\t3 3 2\t3 2\n");
    assertThat(Files.readString(data.resolve("test.ids.tsv"))).isEqualTo("2\t3 2\t3 2\n");
    assertThat(Files.readAllLines(data.resolve("statistics.tsv")))
        .contains(
            "read/train/pairs\t0",
            "clean/train/kept\t0",
            "read/test/pairs\t2",
            "clean/test/kept\t1",
            "clean/test/dropped/empty\t1",
            "vocab/size\t8",
            "vocab/valid/unknown_tokens\t3",
            "batch/train/batches\t0",
            "batch/valid/examples\t1");
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

    RdropCli.Outcome o = RdropCli.run("prepare", "smoke", "--data", corpus.toString(), "--out", run.toString(),
        "--runner", "FlinkRunner", "--parallelism", "2");

    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("valid.es:2: invalid UTF-8").doesNotContain("\tat ");
    assertThat(run.resolve(PrepareRun.MANIFEST)).doesNotExist();
    try (Stream<Path> left = Files.list(run.resolve("data"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void flinkMasterIsRefusedForTheDirectRunner() {
    RdropCli.Outcome o = RdropCli.run("prepare", "smoke", "--flink-master", "[local]");
    assertThat(o.exit()).isEqualTo(1);
    assertThat(o.err()).contains("--flink-master applies to --runner FlinkRunner only");
  }

  private static Path prepare(String experiment, Path out, Path corpus, String... runnerArgs) {
    List<String> args = new ArrayList<>(List.of("prepare", experiment, "--out", out.toString()));
    if (corpus != null) {
      args.addAll(List.of("--data", corpus.toString()));
    }
    args.addAll(List.of(runnerArgs));
    RdropCli.Outcome o = RdropCli.run(args.toArray(String[]::new));
    assertThat(o.exit()).as(o.err()).isZero();
    return out;
  }

  private static List<Path> dataFiles(Path run) throws IOException {
    try (Stream<Path> s = Files.list(run.resolve("data"))) {
      return s.sorted().toList();
    }
  }
}
