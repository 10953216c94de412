package org.rdrop.pipeline.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.CrashingRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.run.PrepareRun;

/** The Beam training stage on a prepared smoke run: a few updates of each method, recorded in the manifest. */
class TrainRunTest {
  @TempDir static Path runs;
  static Path run;
  static RunManifest trained;

  @BeforeAll
  static void prepareAndTrain() throws IOException {
    run = runs.resolve("smoke");
    Experiments.Experiment smoke = Experiments.load("smoke");
    PrepareRun.run(smoke, smoke.corpusDir(null), run, options());
    trained = TrainRun.run(run, List.of(Method.BASELINE, Method.RDROP),
        new TrainRun.Overrides(4, 1, null), false, options());
  }

  @Test
  void bothMethodsAreRecordedWithTheirIdentityAndUpdates() {
    RunManifest.Stage baseline = stage("train-baseline");
    RunManifest.Stage rdrop = stage("train-rdrop");
    assertThat(baseline.statistics()).containsEntry("updates", 4L);
    assertThat(rdrop.statistics()).containsEntry("updates", 4L);
    assertThat(baseline.parameters()).containsEntry("alpha", 0.0).containsEntry("override.max_updates", 4);
    assertThat(rdrop.parameters()).containsEntry("alpha", 5.0);
    assertThat(baseline.parameters().get("trainer_identity")).isNotEqualTo(rdrop.parameters().get("trainer_identity"));
    assertThat(baseline.outputs()).contains("baseline/curve.tsv", "baseline/model.params", "baseline/run.json");
  }

  @Test
  void everyRecordedArtifactHashesToWhatIsOnDisk() throws IOException {
    for (RunManifest.Artifact a : trained.artifacts()) {
      assertThat(Sha256.of(run.resolve(a.path()))).as(a.path()).isEqualTo(a.sha256());
    }
    RunManifest.Artifact curve = trained.artifacts().stream()
        .filter(a -> a.path().equals("rdrop/curve.tsv")).findFirst().orElseThrow();
    assertThat(curve.records()).isEqualTo(4);
  }

  @Test
  void rdropCurveHasAKlTermAndTheBaselineNone() throws IOException {
    List<String> base = Files.readAllLines(run.resolve("baseline/curve.tsv"));
    List<String> rdrop = Files.readAllLines(run.resolve("rdrop/curve.tsv"));
    int kl = List.of(base.get(0).split("\t")).indexOf("kl");
    assertThat(Double.parseDouble(base.get(1).split("\t")[kl])).isZero();
    assertThat(Double.parseDouble(rdrop.get(1).split("\t")[kl])).isPositive();
  }

  @Test
  void changedBatchesAreRefusedBeforeTraining(@TempDir Path tmp) throws IOException {
    Path copy = tmp.resolve("run");
    Files.createDirectories(copy.resolve("data"));
    for (String f : List.of("manifest.json", "data/train.batches", "data/valid.batches", "data/dict.txt")) {
      Files.copy(run.resolve(f), copy.resolve(f));
    }
    Files.writeString(copy.resolve("data/dict.txt"), "tampered 1\n", java.nio.file.StandardOpenOption.APPEND);
    assertThatThrownBy(() -> TrainRun.run(copy, List.of(Method.BASELINE), TrainRun.Overrides.NONE, false, options()))
        .hasMessageContaining("dict.txt changed since preparation");
  }

  @Test
  void unpreparedDirectoryIsRefused(@TempDir Path tmp) {
    assertThatThrownBy(() -> TrainRun.run(tmp, List.of(Method.BASELINE), TrainRun.Overrides.NONE, false, options()))
        .hasMessageContaining("not a prepared run directory");
  }

  @Test
  void reportDescribesBothMethodsWithChartsAndIsListedInTheManifest() throws IOException {
    org.rdrop.format.Report.Metric bleu = new org.rdrop.format.Report.Metric(
        "bleu", "BLEU (sacreBLEU)", "nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0", true, 10.0,
        List.of(9.0, 11.0), 11.5, List.of(10.25, 12.75), 1.5, List.of(-0.5, 2.5), 0.01,
        "paired bootstrap, n=1000", null, null);
    org.rdrop.format.Report r =
        org.rdrop.pipeline.run.ReportRun.write(run, List.of(bleu), List.of("a note"));
    assertThat(r.training()).containsOnlyKeys("baseline", "rdrop");
    assertThat(r.training().get("rdrop").updates()).isEqualTo(4);
    assertThat(r.training().get("baseline").finalKl()).isZero();
    // Both methods' dropout KL at the last validation, read from their dropout-kl.tsv.
    for (String method : List.of("baseline", "rdrop")) {
      List<org.rdrop.format.Curve.DropoutKlRow> kl =
          org.rdrop.format.Curve.readDropoutKl(run.resolve(method + "/dropout-kl.tsv"));
      assertThat(r.training().get(method).finalDropoutKl()).as(method).isEqualTo(kl.get(kl.size() - 1).kl());
    }
    assertThat(r.platform().get("intra_op_threads").asInt()).isEqualTo(1);
    String md = Files.readString(run.resolve("report.md"));
    // Unknown paper numbers are shown as unknown, never as a number.
    assertThat(md).contains("| BLEU (sacreBLEU) | 10.0000 [9.0000, 11.0000] | 11.5000 [10.2500, 12.7500] | +1.5000 "
        + "| [-0.5000, +2.5000] | 0.0100 | unknown |");
    JsonNode metric = ManifestJson.MAPPER.readTree(run.resolve("report.json").toFile()).get("metrics").get(0);
    assertThat(metric.get("id").asText()).isEqualTo("bleu");
    assertThat(metric.get("delta_ci95").toString()).isEqualTo("[-0.5,2.5]");
    assertThat(metric.get("baseline_ci95").toString()).isEqualTo("[9.0,11.0]");
    assertThat(metric.get("rdrop_ci95").toString()).isEqualTo("[10.25,12.75]");
    String html = Files.readString(run.resolve("report.html"));
    assertThat(html.split("<svg", -1)).hasSize(5); // loss curves, train vs valid, KL, dropout KL
    // Self-contained: no script, stylesheet or image is fetched from anywhere.
    assertThat(html).doesNotContainPattern("(src|href)=\"https?:").doesNotContain("<script");
    RunManifest m = ManifestJson.read(run.resolve("manifest.json"));
    assertThat(m.artifacts()).extracting(RunManifest.Artifact::path).contains("report.json", "report.md", "report.html");
  }

  private static RunManifest.Stage stage(String name) {
    return trained.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void theTrainingPipelineGetsOneDirectRunnerWorkerAndTheCallersOptionsStayAsTheyWere() {
    PipelineOptions given = PipelineOptionsFactory.fromArgs(
        "--runner=DirectRunner", "--targetParallelism=4", "--enforceImmutability=false").create();
    PipelineOptions used = TrainRun.trainingOptions(given);
    assertThat(used.as(DirectOptions.class).getTargetParallelism()).isEqualTo(1);
    assertThat(used.as(DirectOptions.class).isEnforceImmutability()).isFalse();
    assertThat(used.getRunner()).isEqualTo(DirectRunner.class);
    assertThat(given.as(DirectOptions.class).getTargetParallelism()).isEqualTo(4);

    PipelineOptions other = PipelineOptionsFactory.create();
    other.setRunner(CrashingRunner.class);
    assertThat(TrainRun.trainingOptions(other)).isSameAs(other);
  }

  private static PipelineOptions options() {
    return PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create();
  }
}
