package org.rdrop.testkit.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunCurve;
import org.rdrop.format.RunManifest;
import org.rdrop.format.RunMarker;
import org.rdrop.testkit.TestRuns;
import org.rdrop.testkit.compare.GoldenStore;

class RunChecksTest {
  @TempDir Path tmp;

  Path run(String name) throws Exception {
    return TestRuns.runDir(Files.createDirectories(tmp.resolve(name)), "smoke",
        Map.of("rdrop", TestRuns.curve("rdrop", 40), "baseline", TestRuns.curve("baseline", 40)), "avx avx2 fma");
  }

  GoldenStore goldensFrom(Path run) throws Exception {
    GoldenStore store = new GoldenStore(tmp.resolve("golden"));
    for (String m : RunChecks.METHODS) {
      store.update("smoke/" + m, RunCurve.load(run.resolve(m).resolve("curve.tsv")), "reference");
    }
    return store;
  }

  static Check find(CheckReport r, String name) {
    return r.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  static Check curveCheck(CheckReport r, String method) {
    return r.checks().stream()
        .filter(c -> c.group().startsWith("rdrop.curves.") && c.name().equals(method + "/curve.tsv"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aRerunMatchesEverything() throws Exception {
    GoldenStore goldens = goldensFrom(run("first"));
    CheckReport r = RunChecks.run(run("rerun"), goldens);
    assertThat(r.passed()).isTrue();
    assertThat(r.suite()).isEqualTo("rdrop check smoke 1a2b3c4d5e6f");
    assertThat(r.checks()).extracting(Check::name).containsExactly(
        "baseline/curve.tsv", "baseline/run.json", "rdrop/curve.tsv", "rdrop/run.json", "(unlisted files)",
        "manifest.json chain", "baseline/curve.tsv", "rdrop/curve.tsv", "claims.json");
    assertThat(r.checks().get(7).group()).isEqualTo("rdrop.curves.smoke");
    assertThat(r.checks().get(7).message()).startsWith("PASS exact smoke/rdrop vs ");
    assertThat(r.checks().get(8).status()).isEqualTo(Check.Status.SKIPPED);
    assertThat(r.checks().get(8).message()).startsWith("no golden smoke/claims.json in ");
  }

  @Test
  void anEditedArtifactAMissingOneAndAStrayFileFail() throws Exception {
    Path run = run("r");
    Files.writeString(run.resolve("baseline/run.json"), "{}\n");
    Files.delete(run.resolve("rdrop/run.json"));
    Files.writeString(run.resolve("rdrop/.curve.tsv.123.tmp"), "half");
    // The trainer's checkpoints are pruned as it goes and never listed: not a problem.
    Files.createDirectories(run.resolve("rdrop/checkpoints"));
    Files.writeString(run.resolve("rdrop/checkpoints/checkpoint-000000040.ckpt"), "ckpt");
    // Nor is the marker that says rdrop made the directory.
    RunMarker.write(run);
    CheckReport r = RunChecks.run(run, new GoldenStore(tmp.resolve("none")));
    assertThat(r.passed()).isFalse();
    Check edited = r.checks().get(1);
    assertThat(edited.status()).isEqualTo(Check.Status.FAILED);
    // "{}\n" is 3 bytes; its SHA-256 from sha256sum.
    assertThat(edited.message()).startsWith(
        "SHA-256 ca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356 (3 bytes), the manifest records ");
    assertThat(r.checks().get(3).message()).isEqualTo("missing (the manifest lists it)");
    assertThat(find(r, "(unlisted files)").message())
        .isEqualTo("1 file(s) not in the manifest: rdrop/.curve.tsv.123.tmp (left over from an interrupted write)");
  }

  @Test
  void aChangedCurveFailsWithTheWholeStory() throws Exception {
    GoldenStore goldens = goldensFrom(run("first"));
    Path rerun = run("rerun");
    List<Curve.Row> changed = TestRuns.change(TestRuns.curve("rdrop", 40), 12, r -> TestRuns.withLoss(r, Math.nextUp(r.loss())));
    Curve.write(rerun.resolve("rdrop/curve.tsv"), changed);
    CheckReport r = RunChecks.run(rerun, goldens);
    Check curve = curveCheck(r, "rdrop");
    assertThat(curve.status()).isEqualTo(Check.Status.FAILED);
    assertThat(curve.message()).contains("1 of 40 steps differ, first at step 12 (loss)");
    assertThat(curve.details()).contains("around step 12 (loss):");
    // The manifest still lists the old curve: the artifact check fails too.
    assertThat(find(r, "rdrop/curve.tsv").status()).isEqualTo(Check.Status.FAILED);
  }

  static Map<String, Object> platform(String platformClass) {
    return Map.of("class", platformClass, "numerics", platformClass.contains("portable") ? "portable" : "native",
        "engine", "PyTorch 2.7.1", "intra_op_threads", 2);
  }

  /** A report with one BLEU row: scores and delta, each with its 95% interval. */
  static void report(Path run, double base, double rdrop, double lo, double hi) throws Exception {
    org.rdrop.format.Report.Metric bleu = org.rdrop.format.Report.Metric.builder("bleu", "BLEU")
        .scores(base, List.of(base - 1, base + 1), rdrop, List.of(rdrop - 1, rdrop + 1))
        .delta(rdrop - base, List.of(lo, hi), 0.01, "paired bootstrap").build();
    Files.writeString(run.resolve("report.json"), ManifestJson.toJson(new org.rdrop.format.Report(
        org.rdrop.format.Report.FORMAT, "smoke", "d", new java.util.TreeMap<>(), null, null, new java.util.TreeMap<>(),
        List.of(bleu), List.of(), List.of(), null)));
  }

  Path runOfClass(String name, String platformClass, int variant) throws Exception {
    // Another class computes other bits: the curves differ from their first step.
    List<Curve.Row> rdrop = TestRuns.curve("rdrop", 40);
    List<Curve.Row> base = TestRuns.curve("baseline", 40);
    if (variant != 0) {
      rdrop = TestRuns.curve("rdrop", 40).stream().map(r -> TestRuns.withLoss(r, r.loss() + 1e-3 * variant)).toList();
      base = TestRuns.curve("baseline", 40).stream().map(r -> TestRuns.withLoss(r, r.loss() + 1e-3 * variant)).toList();
    }
    return TestRuns.runDir(Files.createDirectories(tmp.resolve(name)), "smoke", Map.of("rdrop", rdrop, "baseline", base),
        platform(platformClass));
  }

  @Test
  void acrossPlatformClassesTheCurvesAreNotComparedButTheMetricsAreWithinTheGoldensIntervals() throws Exception {
    Path first = runOfClass("first", "x86-64/portable-avx2", 0);
    report(first, 10.0, 12.0, 0.5, 3.5);
    GoldenStore goldens = goldensFrom(first);
    Files.copy(first.resolve("report.json"), goldens.root().resolve("smoke/report.json"));

    Path native1 = runOfClass("native", "x86-64/native-avx512", 1);
    report(native1, 10.4, 12.1, 0.0, 3.0); // every score and the delta inside the golden's intervals
    CheckReport r = RunChecks.run(native1, goldens);
    Check c = curveCheck(r, "rdrop");
    assertThat(c.status()).isEqualTo(Check.Status.SKIPPED);
    assertThat(c.message()).contains("golden smoke/rdrop was made on platform class x86-64/portable-avx2, this run on"
        + " x86-64/native-avx512").contains("smoke/class-x86-64-native-avx512/rdrop");
    Check metrics = find(r, "bleu");
    assertThat(metrics.group()).isEqualTo("rdrop.platforms");
    assertThat(metrics.status()).isEqualTo(Check.Status.PASSED);
    assertThat(metrics.message()).contains("baseline 10.4000 (golden 10.0000, 95% [9.0000, 11.0000])");

    Path off = runOfClass("off", "x86-64/native-avx512", 2);
    report(off, 10.4, 15.0, 0.0, 6.0); // R-Drop and the delta outside the golden's intervals
    Check failed = find(RunChecks.run(off, goldens), "bleu");
    assertThat(failed.status()).isEqualTo(Check.Status.FAILED);
    assertThat(failed.message()).startsWith("outside the golden's 95% interval: R-Drop 15.0000 (golden 12.0000,"
        + " 95% [11.0000, 13.0000]); delta 4.6000 (golden 2.0000, 95% [0.5000, 3.5000])");
  }

  @Test
  void aGoldenOfTheRunsOwnClassIsComparedBitForBit() throws Exception {
    GoldenStore goldens = goldensFrom(runOfClass("first", "x86-64/portable-avx2", 0));
    Path native1 = runOfClass("native", "x86-64/native-avx512", 1);
    for (String m : RunChecks.METHODS) {
      goldens.update(GoldenStore.forClass("smoke/" + m, "x86-64/native-avx512"),
          RunCurve.load(native1.resolve(m).resolve("curve.tsv")), "the native class's own golden");
    }
    CheckReport r = RunChecks.run(runOfClass("native-again", "x86-64/native-avx512", 1), goldens);
    assertThat(curveCheck(r, "rdrop").status()).isEqualTo(Check.Status.PASSED);
    assertThat(curveCheck(r, "rdrop").message()).startsWith("PASS exact smoke/class-x86-64-native-avx512/rdrop vs ");
    assertThat(r.checks()).noneMatch(c -> c.group().equals("rdrop.platforms"));
    // And a third class again falls back to the metrics, never to a curve tolerance.
    assertThat(curveCheck(RunChecks.run(runOfClass("default", "x86-64/native-default", 3), goldens), "rdrop").status())
        .isEqualTo(Check.Status.SKIPPED);
  }

  @Test
  void goldenOnAnotherPlatformPassesWithANote() throws Exception {
    GoldenStore goldens = goldensFrom(run("first"));
    Path other = TestRuns.runDir(Files.createDirectories(tmp.resolve("other")), "smoke",
        Map.of("rdrop", TestRuns.curve("rdrop", 40), "baseline", TestRuns.curve("baseline", 40)), "avx avx2 avx512f fma");
    CheckReport r = RunChecks.run(other, goldens);
    assertThat(r.passed()).isTrue();
    Check c = curveCheck(r, "rdrop");
    assertThat(c.notes()).singleElement().asString().contains("bit-exactness is not expected");
    assertThat(ReportFormat.TEXT.render(r)).contains("note: platform fingerprint differs from the golden's");
  }

  @Test
  void noGoldenIsSkippedAndAMissingCurveWithAGoldenFails() throws Exception {
    GoldenStore goldens = goldensFrom(run("first"));
    Path prepared = tmp.resolve("prepared");
    Files.createDirectories(prepared);
    RunManifest m = ManifestJson.read(run("x").resolve("manifest.json"));
    ManifestJson.write(prepared.resolve("manifest.json"),
        new RunManifest(m.format(), "smoke", m.identity(), m.config(), m.stages(), List.of()));
    CheckReport r = RunChecks.run(prepared, goldens);
    assertThat(r.checks().get(2).status()).isEqualTo(Check.Status.FAILED);
    assertThat(r.checks().get(2).message()).isEqualTo("the run has no baseline/curve.tsv, but golden smoke/baseline exists");

    CheckReport none = RunChecks.run(prepared, new GoldenStore(tmp.resolve("empty")));
    assertThat(none.passed()).isTrue();
    assertThat(none.checks().get(2).status()).isEqualTo(Check.Status.SKIPPED);
    assertThat(none.checks().get(2).message()).contains("and the run has no baseline/curve.tsv (not trained)");
  }

  @Test
  void anEditedGoldenIsAnErrorNotAComparison() throws Exception {
    GoldenStore goldens = goldensFrom(run("first"));
    Path curve = goldens.dir("smoke/baseline").resolve("curve.tsv");
    Files.writeString(curve, Files.readString(curve) + Curve.line(new Curve.Row(41, 1, 1, 30, 850, 1e-4, 3, 3, 0, 1).cells()));
    CheckReport r = RunChecks.run(run("rerun"), goldens);
    Check c = curveCheck(r, "baseline");
    assertThat(c.status()).isEqualTo(Check.Status.ERROR);
    assertThat(c.message()).contains("golden 'smoke/baseline' does not match", "smoke/baseline/curve.tsv: SHA-256 is");
    assertThat(r.passed()).isFalse();
  }

  @Test
  void aRunWithoutManifestIsAnError() {
    assertThatThrownBy(() -> RunChecks.run(tmp, new GoldenStore(tmp)))
        .hasMessage(tmp + ": no manifest.json (an unfinished run, or not a run directory)");
  }
}
