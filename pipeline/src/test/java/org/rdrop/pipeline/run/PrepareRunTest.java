package org.rdrop.pipeline.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.RunMarker;
import org.rdrop.format.Sha256;
import org.rdrop.config.Experiments;
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
    // Again over a copy of the first run, trained and reported: the new run replaces it and all made from it.
    Path again = copyOfFirst(runs.resolve("p1-again"));
    Files.createDirectories(again.resolve("rdrop/checkpoints"));
    Files.writeString(again.resolve("rdrop/curve.tsv"), "trained on the old data\n");
    Files.writeString(again.resolve("report.json"), "{}\n");
    prepare(again, 1);
    assertThat(names(again)).containsExactly(".rdrop-run", "data", "manifest.json");
    Path wide = runs.resolve("p4");
    prepare(wide, 4);
    String manifest = Files.readString(RunDirectory.of(firstDir).manifest());
    assertThat(Files.readString(RunDirectory.of(again).manifest())).isEqualTo(manifest);
    assertThat(Files.readString(RunDirectory.of(wide).manifest())).isEqualTo(manifest);
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
  void badCorpusFailsNamingFileAndLineAndLeavesNothingBehind(@TempDir Path tmp) throws IOException {
    Path corpus = badCorpus(tmp);
    Path run = tmp.resolve("runs/run");
    Experiments.Experiment smoke = Experiments.load("smoke");
    assertThatThrownBy(() -> PrepareRun.run(smoke, corpus, run, options(1)))
        .rootCause()
        .hasMessageContaining("valid.es:2: invalid UTF-8");
    // Not even the parent it had to create, a staging directory or the lock.
    assertThat(tmp.resolve("runs")).doesNotExist();
  }

  @Test
  void badCorpusLeavesAnExistingRunAsItWas(@TempDir Path tmp) throws IOException {
    Path run = copyOfFirst(tmp.resolve("runs/run"));
    Files.createDirectories(run.resolve("baseline"));
    Files.writeString(run.resolve("baseline/curve.tsv"), "trained\n");
    Files.writeString(run.resolve("report.md"), "# report\n");
    Map<String, String> before = hashes(run);
    assertThatThrownBy(() -> PrepareRun.run(Experiments.load("smoke"), badCorpus(tmp), run, options(1)))
        .rootCause()
        .hasMessageContaining("valid.es:2: invalid UTF-8");
    assertThat(hashes(run)).isEqualTo(before);
    assertThat(names(tmp.resolve("runs"))).containsExactly("run");
  }

  @Test
  void refusesADirectoryThatIsNotARunAndTouchesNothing(@TempDir Path tmp) throws IOException {
    // The example: mkdir -p X/data X/baseline; echo k > X/data/important.csv; rdrop prepare --out X
    Path x = tmp.resolve("X");
    Files.createDirectories(x.resolve("data"));
    Files.createDirectories(x.resolve("baseline"));
    Files.writeString(x.resolve("data/important.csv"), "k\n");
    Files.writeString(x.resolve("report.md"), "mine\n");
    Map<String, String> before = hashes(x);
    Experiments.Experiment smoke = Experiments.load("smoke");
    assertThatThrownBy(() -> PrepareRun.run(smoke, smoke.corpusDir(null), x, options(1)))
        .hasMessage(x + ": not an rdrop run directory (no .rdrop-run); refusing to write into it");
    assertThat(hashes(x)).isEqualTo(before);
    assertThat(names(tmp)).containsExactly("X");
  }

  @Test
  void refusesARunWhoseDataIsALinkAndLeavesTheTargetAlone(@TempDir Path tmp) throws IOException {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("important.csv"), "k\n");
    Path run = Files.createDirectories(tmp.resolve("run"));
    RunMarker.write(run);
    Files.createSymbolicLink(run.resolve("data"), elsewhere);
    Experiments.Experiment smoke = Experiments.load("smoke");
    assertThatThrownBy(() -> PrepareRun.run(smoke, smoke.corpusDir(null), run, options(1)))
        .hasMessage(run.resolve("data") + " is a symbolic link, which rdrop never makes");
    assertThat(elsewhere.resolve("important.csv")).hasContent("k");
    assertThat(Files.isSymbolicLink(run.resolve("data"))).isTrue();
  }

  @Test
  void anEmptySplitFailsNamingItsFile(@TempDir Path tmp) throws IOException {
    Path corpus = corpus(tmp, "in the beginning\ngod created\n", "en el principio\ncreo dios\n");
    Files.writeString(corpus.resolve("valid.en"), "");
    Files.writeString(corpus.resolve("valid.es"), "");
    Path run = tmp.resolve("run");
    assertThatThrownBy(() -> PrepareRun.run(Experiments.load("smoke"), corpus, run, options(1)))
        .hasMessage(corpus.resolve("valid.en") + ": empty; the valid split needs at least one line");
    assertThat(run).doesNotExist();
  }

  @Test
  void aTrainingSplitThatCleaningEmptiesFailsNamingItsFiles(@TempDir Path tmp) throws IOException {
    // Every training pair breaks smoke's length_ratio 1.5 (clean-corpus-n.perl), so none is left.
    Path corpus = corpus(tmp, "in the beginning\ngod created\n", "en el principio\ncreo dios\n");
    Files.writeString(corpus.resolve("train.en"), "god\nlight\n");
    Files.writeString(corpus.resolve("train.es"), "y dijo dios sea la luz\ny fue la luz\n");
    Path run = tmp.resolve("run");
    assertThatThrownBy(() -> PrepareRun.run(Experiments.load("smoke"), corpus, run, options(1)))
        .hasMessage(corpus.resolve("train.en") + ", " + corpus.resolve("train.es")
            + ": no train example is left after preparation (data/train.batches would hold no batches)");
    assertThat(run).doesNotExist();
  }

  /** A corpus with the same English and Spanish lines in every split. */
  private static Path corpus(Path tmp, String en, String es) throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    for (String split : new String[] {"train", "valid", "test"}) {
      Files.writeString(corpus.resolve(split + ".en"), en);
      Files.writeString(corpus.resolve(split + ".es"), es);
    }
    return corpus;
  }

  private static Path badCorpus(Path tmp) throws IOException {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    for (String split : new String[] {"train", "valid", "test"}) {
      Files.writeString(corpus.resolve(split + ".en"), "in the beginning\ngod created\n");
      Files.writeString(corpus.resolve(split + ".es"), "en el principio\ncreo dios\n");
    }
    Files.write(corpus.resolve("valid.es"), new byte[] {'o', 'k', '\n', (byte) 0xFF, '\n'});
    return corpus;
  }

  /** The prepared run of {@link #prepareOnce} copied to {@code dir} (cheaper than preparing again). */
  private static Path copyOfFirst(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(firstDir)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path to = dir.resolve(firstDir.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return dir;
  }

  private static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        m.put(root.relativize(p).toString(), Files.isRegularFile(p) ? Sha256.of(p) : "<dir>");
      }
    }
    return m;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
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
