package org.rdrop.pipeline.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.testkit.format.ManifestJson;
import org.rdrop.testkit.format.RunManifest;
import org.rdrop.testkit.format.Sha256;
import org.rdrop.trainer.loop.Method;

/** verify re-executes a smoke run from its manifest alone and compares every artifact. */
class VerifyRunTest {
  @TempDir static Path runs;
  static Path original;

  @BeforeAll
  static void makeARun() throws IOException {
    original = runs.resolve("smoke");
    Experiments.Experiment smoke = Experiments.load("smoke");
    PrepareRun.run(smoke, smoke.corpusDir(null), original, options());
    TrainRun.run(original, List.of(Method.BASELINE, Method.RDROP), new TrainRun.Overrides(3, 1, null), false, options());
  }

  @Test
  void anUnchangedRunReproducesBitExactly() throws IOException {
    VerifyRun.Result r = VerifyRun.run(original, runs.resolve("rerun"), null, options());
    assertThat(r.platformDifferences()).isEmpty();
    assertThat(r.outcomes()).extracting(VerifyRun.Outcome::path)
        .contains("data/train.batches", "rdrop/curve.tsv", "rdrop/model.params", "baseline/curve.tsv");
    assertThat(r.outcomes()).allSatisfy(o -> assertThat(o.status()).as(o.path()).isEqualTo("identical"));
    assertThat(r.allIdentical()).isTrue();
  }

  @Test
  void aCurveThatDiffersIsNamedWithItsFirstDivergentStep(@TempDir Path tmp) throws IOException {
    Path altered = tmp.resolve("altered");
    copy(original, altered);
    // Pretend the original run had produced one ulp more loss at step 2: edit the bits and the manifest.
    Path curve = altered.resolve("rdrop/curve.tsv");
    List<String> lines = new ArrayList<>(Files.readAllLines(curve));
    List<String> header = List.of(lines.get(0).split("\t"));
    String[] row = lines.get(2).split("\t");
    int bits = header.indexOf("loss_bits");
    row[bits] = String.format("%016x", Long.parseUnsignedLong(row[bits], 16) + 1);
    lines.set(2, String.join("\t", row));
    Files.write(curve, lines);
    RunManifest m = ManifestJson.read(altered.resolve("manifest.json"));
    List<RunManifest.Artifact> artifacts = new ArrayList<>();
    for (RunManifest.Artifact a : m.artifacts()) {
      artifacts.add(a.path().equals("rdrop/curve.tsv")
          ? new RunManifest.Artifact(a.path(), Sha256.of(curve), Files.size(curve), a.records(), a.stage()) : a);
    }
    ManifestJson.write(altered.resolve("manifest.json"),
        new RunManifest(m.format(), m.experiment(), m.identity(), m.config(), m.stages(), artifacts));

    VerifyRun.Result r = VerifyRun.run(altered, tmp.resolve("rerun"), null, options());
    assertThat(r.allIdentical()).isFalse();
    VerifyRun.Outcome curveOutcome = r.outcomes().stream()
        .filter(o -> o.path().equals("rdrop/curve.tsv")).findFirst().orElseThrow();
    assertThat(curveOutcome.status()).isEqualTo("differs");
    assertThat(curveOutcome.detail()).contains("step 2");
    assertThat(r.outcomes()).filteredOn(o -> !o.path().equals("rdrop/curve.tsv"))
        .allSatisfy(o -> assertThat(o.status()).as(o.path()).isEqualTo("identical"));
  }

  @Test
  void anExistingRerunDirectoryIsRefused(@TempDir Path tmp) {
    assertThatThrownBy(() -> VerifyRun.run(original, tmp, null, options())).hasMessageContaining("fresh directory");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static PipelineOptions options() {
    return PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create();
  }
}
