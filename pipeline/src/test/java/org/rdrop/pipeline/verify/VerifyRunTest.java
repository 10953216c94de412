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
import org.rdrop.format.Method;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.run.ReportRun;
import org.rdrop.pipeline.run.Evaluations;
import org.rdrop.pipeline.run.PrepareRun;
import org.rdrop.pipeline.testing.Forgery;
import org.rdrop.pipeline.train.TrainRun;

/**
 * verify re-executes a run from its manifest alone (preparation, training, evaluation, report) and compares
 * every product with the original's file on disk. digits-vit with 3 updates per method: the cheapest run
 * that has every stage.
 */
class VerifyRunTest {
  @TempDir static Path runs;
  static Path original;

  @BeforeAll
  static void makeARun() throws IOException {
    original = runs.resolve("digits");
    Experiments.Experiment digits = Experiments.load("digits-vit");
    PrepareRun.run(digits, digits.corpusDir(null), original, options());
    TrainRun.run(original, List.of(Method.BASELINE, Method.RDROP), new TrainRun.Overrides(3, 1, null), false, options());
    ReportRun.write(original, Evaluations.evaluate(original, options()), Evaluations.notes(original));
  }

  @Test
  void anUnchangedRunReproducesBitExactlyUpToTheReport() throws IOException {
    VerifyRun.Result r = VerifyRun.run(original, runs.resolve("rerun"), null, options());
    assertThat(r.platformDifferences()).isEmpty();
    assertThat(r.manifestFindings()).isEmpty();
    assertThat(r.outcomes()).extracting(VerifyRun.Outcome::path).contains("data/train.batches", "rdrop/curve.tsv",
        "rdrop/model.params", "baseline/curve.tsv", "baseline/predictions.test.tsv", "report.json", "report.html");
    assertThat(r.outcomes()).allSatisfy(o -> assertThat(o.status()).as(o.path()).isEqualTo("identical"));
    assertThat(r.allIdentical()).isTrue();
  }

  @Test
  void aCurveEditedWithItsManifestHashIsNamedWithItsFirstDivergentStep(@TempDir Path tmp) throws IOException {
    Path altered = Forgery.copy(original, tmp.resolve("altered"));
    Forgery.edit(altered, "rdrop/curve.tsv", VerifyRunTest::oneUlpMoreLossAtStep2);

    VerifyRun.Result r = VerifyRun.run(altered, tmp.resolve("rerun"), null, options());
    assertThat(r.allIdentical()).isFalse();
    assertThat(r.manifestFindings()).isEmpty();
    assertThat(r.outcomes()).filteredOn(o -> !o.reproduced()).singleElement().satisfies(o -> {
      assertThat(o.path()).isEqualTo("rdrop/curve.tsv");
      assertThat(o.detail()).contains("step 2");
    });
  }

  @Test
  void aCurveEditedOnDiskOnlyDiffersAndTheManifestRecordIsAFindingOfItsOwn(@TempDir Path tmp) throws IOException {
    Path altered = Forgery.copy(original, tmp.resolve("altered"));
    Path curve = altered.resolve("rdrop/curve.tsv");
    Files.writeString(curve, oneUlpMoreLossAtStep2(Files.readString(curve)));

    VerifyRun.Result r = VerifyRun.run(altered, tmp.resolve("rerun"), null, options());
    assertThat(r.outcomes()).filteredOn(o -> !o.reproduced()).extracting(VerifyRun.Outcome::path)
        .containsExactly("rdrop/curve.tsv");
    assertThat(r.manifestFindings()).singleElement().asString()
        .startsWith("rdrop/curve.tsv: manifest.json records sha256 ");
  }

  @Test
  void aForgedReportIsNamedByItsMetricAndField(@TempDir Path tmp) throws IOException {
    Path forged = Forgery.copy(original, tmp.resolve("forged"));
    Forgery.edit(forged, "report.json", s -> s.replaceFirst("\"delta\" : [-0-9.eE]+", "\"delta\" : 2.7"));

    VerifyRun.Result r = VerifyRun.run(forged, tmp.resolve("rerun"), null, options());
    assertThat(r.manifestFindings()).isEmpty();
    assertThat(r.outcomes()).filteredOn(o -> !o.reproduced()).singleElement().satisfies(o -> {
      assertThat(o.path()).isEqualTo("report.json");
      assertThat(o.detail()).startsWith("metrics[accuracy].delta: recorded 2.7, rerun ");
    });
  }

  @Test
  void anExistingRerunDirectoryIsRefused(@TempDir Path tmp) {
    assertThatThrownBy(() -> VerifyRun.run(original, tmp, null, options())).hasMessageContaining("fresh directory");
  }

  /** The curve with its step-2 loss one ulp larger (the bits column; the decimal rounds the same). */
  private static String oneUlpMoreLossAtStep2(String curve) {
    List<String> lines = new ArrayList<>(List.of(curve.split("\n")));
    List<String> header = List.of(lines.get(0).split("\t"));
    String[] row = lines.get(2).split("\t");
    int bits = header.indexOf("loss_bits");
    row[bits] = String.format("%016x", Long.parseUnsignedLong(row[bits], 16) + 1);
    lines.set(2, String.join("\t", row));
    return String.join("\n", lines) + "\n";
  }

  private static PipelineOptions options() {
    return PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create();
  }
}
