package org.rdrop.pipeline.prepare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.testkit.format.RunManifest;
import org.rdrop.trainer.data.BatchFile;

/** End to end on the smoke experiment: determinism across reruns and parallelism, and failure hygiene. */
class PrepareRunTest {
  @TempDir static Path runs;
  static RunManifest first;
  static Path firstDir;

  @BeforeAll
  static void prepareOnce() throws IOException {
    firstDir = runs.resolve("p1");
    first = prepare(firstDir, 1);
  }

  @Test
  void rerunsAndOtherParallelismGiveByteIdenticalManifests() throws IOException {
    Path again = runs.resolve("p1-again");
    prepare(again, 1);
    Path wide = runs.resolve("p4");
    prepare(wide, 4);
    String manifest = Files.readString(firstDir.resolve(PrepareRun.MANIFEST));
    assertThat(Files.readString(again.resolve(PrepareRun.MANIFEST))).isEqualTo(manifest);
    assertThat(Files.readString(wide.resolve(PrepareRun.MANIFEST))).isEqualTo(manifest);
    // The manifest's hashes are of the files actually there.
    for (RunManifest.Artifact a : first.artifacts()) {
      assertThat(Files.mismatch(firstDir.resolve(a.path()), wide.resolve(a.path())))
          .as(a.path())
          .isEqualTo(-1L);
    }
  }

  @Test
  void statisticsAddUp() {
    Map<String, Map<String, Long>> s =
        first.stages().stream().collect(Collectors.toMap(RunManifest.Stage::name, RunManifest.Stage::statistics));
    long read = s.get("read").get("train/pairs");
    assertThat(read).isEqualTo(2000);
    long kept = s.get("clean").get("train/kept");
    long dropped =
        s.get("clean").entrySet().stream()
            .filter(e -> e.getKey().startsWith("train/dropped/"))
            .mapToLong(Map.Entry::getValue)
            .sum();
    assertThat(kept + dropped).isEqualTo(read);
    assertThat(s.get("batch").get("train/examples") + s.get("batch").get("train/skipped_too_long"))
        .isEqualTo(kept);
    assertThat(s.get("vocab").get("size") % 8).isZero();
  }

  @Test
  void manifestListsEveryOutputWithItsRecords() throws IOException {
    assertThat(first.artifacts()).extracting(RunManifest.Artifact::path)
        .contains("data/bpe.codes", "data/dict.txt", "data/train.batches", "data/test.bpe.es");
    RunManifest.Artifact batches =
        first.artifacts().stream().filter(a -> a.path().equals("data/train.batches")).findFirst().orElseThrow();
    assertThat(batches.records()).isEqualTo(BatchFile.read(firstDir.resolve("data/train.batches")).size());
    assertThat(first.identity().codeVersion()).isNotBlank();
    assertThat(first.identity().inputs()).hasSize(6);
  }

  @Test
  void badCorpusFailsNamingFileAndLineAndLeavesNothingFinishedLooking(@TempDir Path tmp) throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    for (String split : new String[] {"train", "valid", "test"}) {
      Files.writeString(corpus.resolve(split + ".en"), "in the beginning\ngod created\n");
      Files.writeString(corpus.resolve(split + ".es"), "en el principio\ncreo dios\n");
    }
    Files.write(corpus.resolve("valid.es"), new byte[] {'o', 'k', '\n', (byte) 0xFF, '\n'});
    Path run = tmp.resolve("run");
    Experiments.Experiment smoke = Experiments.load("smoke");
    assertThatThrownBy(() -> PrepareRun.run(smoke, corpus, run, options(1)))
        .rootCause()
        .hasMessageContaining("valid.es:2: invalid UTF-8");
    assertThat(run.resolve(PrepareRun.MANIFEST)).doesNotExist();
    try (Stream<Path> left = Files.list(run.resolve("data"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void refusesADirectoryThatIsNotARun(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("thesis.tex"), "precious");
    assertThatThrownBy(() -> PrepareRun.claim(tmp)).hasMessageContaining("not an rdrop run directory");
    assertThat(tmp.resolve("thesis.tex")).exists();
  }

  private static RunManifest prepare(Path dir, int parallelism) throws IOException {
    Experiments.Experiment smoke = Experiments.load("smoke");
    return PrepareRun.run(smoke, smoke.corpusDir(null), dir, options(parallelism));
  }

  private static PipelineOptions options(int parallelism) {
    return PipelineOptionsFactory.fromArgs("--runner=DirectRunner", "--targetParallelism=" + parallelism)
        .create();
  }
}
