package org.rdrop.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.format.FaultPoint;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Report;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.SeedSetManifest;

/**
 * Seed sets end to end ({@code rdrop reproduce --seeds}), on the tiny image experiment of the fault tests:
 * each seed's run is the run of that seed alone, byte for byte; the set's report holds the means over seeds
 * and a test over seeds and items; {@code rdrop check} passes it and names a forged number; and a set killed
 * in one seed's training, in another's, and while writing its manifest ends, when run again, as the
 * uninterrupted set (finished seeds reused, interrupted ones resumed).
 */
class SeedSetRunTest {
  @TempDir static Path dir;
  static Path experiment;
  static Path uninterrupted;

  static String[] reproduceSet(Path run) {
    return new String[] {"reproduce", experiment.toString(), "--out", run.toString(), "--data",
        FaultRuns.corpus().toString(), "--seeds", "1,5"};
  }

  @BeforeAll
  static void uninterruptedSet() throws IOException {
    experiment = FaultRuns.writeExperiment(dir);
    uninterrupted = dir.resolve("set");
    FaultRuns.Outcome o = FaultRuns.cli(reproduceSet(uninterrupted));
    assertThat(o.exit()).as(o.err()).isZero();
  }

  /** Every file but the wall-time records, by path, as SHA-256. */
  static SortedMap<String, String> contents(Path root) throws IOException {
    SortedMap<String, String> out = new TreeMap<>();
    FaultRuns.files(root).forEach((rel, f) -> {
      if (!rel.endsWith("/timing.json")) {
        out.put(rel, FaultRuns.sha256(f));
      }
    });
    return out;
  }

  @Test
  void eachSeedsRunIsTheRunOfThatSeedAlone() throws IOException {
    // The experiment file's train.seed is 1: its one run must be the set's seed-1 run, every byte.
    Path single = dir.resolve("single");
    FaultRuns.Outcome o = FaultRuns.cli(FaultRuns.reproduce(experiment, single));
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(contents(uninterrupted.resolve("seed-1"))).isEqualTo(contents(single));
    assertThat(ManifestJson.MAPPER.readTree(uninterrupted.resolve("seed-5/manifest.json").toFile())
        .path("config").path("train").path("seed").asLong()).isEqualTo(5);
  }

  @Test
  void theSetReportsMeansOverSeedsWithATestOverSeedsAndItemsAndCheckPasses() throws IOException {
    Report set = Report.read(uninterrupted.resolve(RunDirectory.REPORT_JSON));
    Report one = Report.read(uninterrupted.resolve("seed-1/" + RunDirectory.REPORT_JSON));
    Report five = Report.read(uninterrupted.resolve("seed-5/" + RunDirectory.REPORT_JSON));
    Report.Metric accuracy = set.metrics().get(0);
    assertThat(accuracy.id()).isEqualTo("accuracy");
    assertThat(accuracy.baseline()).isEqualTo((one.metrics().get(0).baseline() + five.metrics().get(0).baseline()) / 2);
    assertThat(accuracy.rdrop()).isEqualTo((one.metrics().get(0).rdrop() + five.metrics().get(0).rdrop()) / 2);
    assertThat(accuracy.spread().seeds()).isEqualTo(2);
    assertThat(accuracy.spread().baselineSd()).isEqualTo(
        Math.abs(one.metrics().get(0).baseline() - five.metrics().get(0).baseline()) / Math.sqrt(2), within());
    assertThat(accuracy.pValue()).isGreaterThan(0).isLessThanOrEqualTo(1);
    assertThat(accuracy.test()).contains("over 2 seeds and 176 test images");
    assertThat(set.seeds()).extracting(Report.SeedRun::seed).containsExactly(1L, 5L);
    assertThat(set.training()).containsOnlyKeys("baseline/seed-1", "baseline/seed-5", "rdrop/seed-1", "rdrop/seed-5");
    assertThat(Files.readString(uninterrupted.resolve(RunDirectory.REPORT_MARKDOWN))).contains("## Seeds");
    SeedSetManifest m = SeedSetManifest.read(uninterrupted.resolve("seed-set.json"));
    assertThat(m.runs()).extracting(SeedSetManifest.Run::run).containsExactly("seed-1", "seed-5");

    FaultRuns.Outcome check = FaultRuns.cli("check", uninterrupted.toString());
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
  }

  @Test
  void theSeedOfTheExperimentsOwnRunIsCheckedAgainstItsOneRunGoldenAndTheOthersSayTheyHaveNone()
      throws IOException {
    // The goldens of the experiment's one run (train.seed 1), as golden/bible-en-es holds the default's.
    Path single = dir.resolve("single-for-goldens");
    assertThat(FaultRuns.cli(FaultRuns.reproduce(experiment, single)).exit()).isZero();
    Path goldens = dir.resolve("goldens");
    FaultRuns.Outcome update = FaultRuns.cli("golden", "update", single.toString(), "--reason", "the one run",
        "--golden-dir", goldens.toString());
    assertThat(update.exit()).as(update.err()).isZero();

    FaultRuns.Outcome check = FaultRuns.cli("check", uninterrupted.toString(), "--golden-dir", goldens.toString());
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
    for (String method : List.of("baseline", "rdrop")) {
      assertThat(check.out()).contains("PASS  rdrop.curves." + FaultRuns.NAME + " seed-1/" + method + "/curve.tsv")
          .contains("SKIP  rdrop.curves." + FaultRuns.NAME + "/seed-5 seed-5/" + method + "/curve.tsv: no golden "
              + FaultRuns.NAME + "/seed-5/" + method);
    }

    // Seed 5's run checked on its own meets the experiment's golden of seed 1: it fails, and says why.
    FaultRuns.Outcome alone = FaultRuns.cli("check", uninterrupted.resolve("seed-5").toString(), "--golden-dir",
        goldens.toString());
    assertThat(alone.exit()).isEqualTo(1);
    assertThat(alone.out()).contains("FAIL  rdrop.curves." + FaultRuns.NAME + " baseline/curve.tsv")
        .contains("note: this run is not the golden's run, so its curve is not expected to match:"
            + " config.train.seed: golden's run 1, this run 5");
  }

  @Test
  void goldenUpdateOfChosenSeedsRecordsOnlyTheirRunsAndKeepsTheOneRunsReport() throws IOException {
    // As golden/bible-en-es: the one run (seed 1) is the experiment's golden; the set adds seed 5's run only.
    Path single = dir.resolve("single-for-seed-goldens");
    assertThat(FaultRuns.cli(FaultRuns.reproduce(experiment, single)).exit()).isZero();
    Path goldens = dir.resolve("seed-goldens");
    assertThat(FaultRuns.cli("golden", "update", single.toString(), "--reason", "the one run", "--golden-dir",
        goldens.toString()).exit()).isZero();
    Path goldenReport = goldens.resolve(FaultRuns.NAME + "/" + RunDirectory.REPORT_JSON);
    byte[] oneRunsReport = Files.readAllBytes(goldenReport);

    FaultRuns.Outcome update = FaultRuns.cli("golden", "update", uninterrupted.toString(), "--seed", "5",
        "--reason", "the set's other seed", "--golden-dir", goldens.toString());
    assertThat(update.exit()).as(update.err()).isZero();
    assertThat(update.out()).contains("golden " + FaultRuns.NAME + "/report.json left as it is");
    assertThat(goldens.resolve(FaultRuns.NAME + "/seed-5/baseline/curve.tsv")).hasSameBinaryContentAs(
        uninterrupted.resolve("seed-5/baseline/curve.tsv"));
    assertThat(goldens.resolve(FaultRuns.NAME + "/seed-5/rdrop/curve.tsv")).hasSameBinaryContentAs(
        uninterrupted.resolve("seed-5/rdrop/curve.tsv"));
    assertThat(goldens.resolve(FaultRuns.NAME + "/seed-1")).doesNotExist();
    assertThat(Files.readAllBytes(goldenReport)).isEqualTo(oneRunsReport);

    // Seed 1 against the one run's golden, seed 5 against its own: both pass, none skipped.
    FaultRuns.Outcome check = FaultRuns.cli("check", uninterrupted.toString(), "--golden-dir", goldens.toString());
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
    for (String method : List.of("baseline", "rdrop")) {
      assertThat(check.out()).contains("PASS  rdrop.curves." + FaultRuns.NAME + " seed-1/" + method + "/curve.tsv")
          .contains("PASS  rdrop.curves." + FaultRuns.NAME + "/seed-5 seed-5/" + method + "/curve.tsv");
    }

    // A seed the set does not have, and --seed on one run: refused, naming the file, nothing written.
    FaultRuns.Outcome absent = FaultRuns.cli("golden", "update", uninterrupted.toString(), "--seed", "7",
        "--reason", "no such seed", "--golden-dir", goldens.toString());
    assertThat(absent.exit()).isNotZero();
    assertThat(absent.err()).contains("--seed 7: " + uninterrupted.resolve("seed-set.json")
        + " has no run of that seed (its seeds: [1, 5])");
    assertThat(goldens.resolve(FaultRuns.NAME + "/seed-7")).doesNotExist();
    FaultRuns.Outcome oneRun = FaultRuns.cli("golden", "update", single.toString(), "--seed", "1",
        "--reason", "not a set", "--golden-dir", goldens.toString());
    assertThat(oneRun.exit()).isNotZero();
    assertThat(oneRun.err()).contains("--seed: " + single + " is one run, not a seed set");
  }

  @Test
  void aSetWhoseManifestNamesNoValidExperimentIsReportedNotACrash() throws IOException {
    Path edited = copyOfTheSet("edited-name");
    Path manifest = edited.resolve("seed-set.json");
    Files.writeString(manifest, Files.readString(manifest)
        .replace("\"experiment\" : \"" + FaultRuns.NAME + "\"", "\"experiment\" : \"../elsewhere\""));
    assertThat(Files.readString(manifest)).contains("../elsewhere");
    FaultRuns.Outcome check = FaultRuns.cli("check", edited.toString());
    assertThat(check.exit()).as(check.err()).isEqualTo(1);
    assertThat(check.out()).contains("ERROR rdrop.curves.../elsewhere/seed-1 seed-1/baseline/curve.tsv: golden name");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-12);
  }

  static Path copyOfTheSet(String name) throws IOException {
    Path copy = dir.resolve(name);
    for (Map.Entry<String, Path> f : FaultRuns.files(uninterrupted).entrySet()) {
      Path to = copy.resolve(f.getKey());
      Files.createDirectories(to.getParent());
      Files.copy(f.getValue(), to);
    }
    return copy;
  }

  @Test
  void aForgedMeanIsNamedByItsReDerivationFromTheSeedsRuns() throws IOException {
    // R-Drop's mean and the delta raised together, so the report stays consistent in itself.
    Path forged = copyOfTheSet("forged-mean");
    Path report = forged.resolve(RunDirectory.REPORT_JSON);
    Report.Metric m = Report.read(report).metrics().get(0);
    String text = Files.readString(report);
    for (String field : new String[] {"rdrop", "delta"}) {
      double v = field.equals("rdrop") ? m.rdrop() : m.delta();
      String was = "\"" + field + "\" : " + ManifestJson.MAPPER.writeValueAsString(v);
      assertThat(text).contains(was);
      text = text.replaceFirst(Pattern.quote(was), Matcher.quoteReplacement("\"" + field + "\" : " + (v + 5)));
    }
    Files.writeString(report, text);

    FaultRuns.Outcome check = FaultRuns.cli("check", forged.toString());
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains("FAIL  rdrop.report report.json re-derived: report.json: metrics[accuracy].")
        .contains("re-derived " + m.delta());
  }

  @Test
  void evaluateOfASetRewritesEveryReportAsTheSetWouldHaveThem() throws IOException {
    // As a set reported by an older rdrop that drew its charts differently: a seed's report.html and the set's.
    Path older = copyOfTheSet("older-rendering");
    for (String html : List.of("seed-5/" + RunDirectory.REPORT_HTML, RunDirectory.REPORT_HTML)) {
      Files.writeString(older.resolve(html), Files.readString(older.resolve(html)).replace("<svg", "<svg data-old=\"1\""));
    }
    FaultRuns.Outcome before = FaultRuns.cli("check", older.toString());
    assertThat(before.exit()).isEqualTo(1);
    assertThat(before.out()).contains("FAIL  rdrop.report seed-5/report.html");

    FaultRuns.Outcome evaluate = FaultRuns.cli("evaluate", older.toString());
    assertThat(evaluate.exit()).as(evaluate.err()).isZero();
    assertThat(evaluate.out()).contains("Seed 1:").contains("Seed 5:").contains("Seed set of 2, means over seeds:");
    FaultRuns.Outcome after = FaultRuns.cli("check", older.toString());
    assertThat(after.exit()).as(after.out()).isZero();
    // No training, the same evaluation: every file as the uninterrupted set has it.
    assertThat(contents(older)).isEqualTo(contents(uninterrupted));
  }

  @Test
  void evaluateOfASetRefusesASeedsRunThatIsAnotherRun() throws IOException {
    Path other = copyOfTheSet("other-run");
    Path manifest = other.resolve("seed-set.json");
    String recorded = SeedSetManifest.read(manifest).runs().get(1).identity();
    Files.writeString(manifest, Files.readString(manifest).replace(recorded, "0".repeat(recorded.length())));
    FaultRuns.Outcome evaluate = FaultRuns.cli("evaluate", other.toString());
    assertThat(evaluate.exit()).isNotZero();
    assertThat(evaluate.err()).contains(other.resolve("seed-5/manifest.json") + ": identity " + recorded)
        .contains("records " + "0".repeat(recorded.length()) + " for seed 5: another run");
    // Refused before anything was evaluated: no seed's report rewritten.
    assertThat(evaluate.err()).doesNotContain("rdrop evaluate " + other.resolve("seed-1"));
  }

  @Test
  void aSeedsRunChangedAfterTheSetWasWrittenIsNamed() throws IOException {
    Path changed = copyOfTheSet("changed-seed");
    Path manifest = changed.resolve("seed-5/manifest.json");
    Files.writeString(manifest, Files.readString(manifest) + " ");

    FaultRuns.Outcome check = FaultRuns.cli("check", changed.toString());
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains("FAIL  rdrop.seeds seed-5: seed-5/manifest.json: SHA-256");
  }

  @Test
  void killedInOneSeedThenInAnotherThenInTheSetsManifestItEndsAsTheUninterruptedSet() throws Exception {
    Path run = dir.resolve("killed/set");
    Files.createDirectories(run.getParent());
    // Seed 1's R-Drop training, then (its rerun resumes seed 1) seed 5's baseline, then the set's manifest.
    for (String point : new String[] {"update:rdrop:5", "update:baseline:3", "write:seed-set.json:1"}) {
      Path log = dir.resolve("killed/" + point.replace(':', '_') + ".log");
      Process p = FaultRuns.child(log, Map.of(FaultPoint.ENV, point), reproduceSet(run));
      try {
        assertThat(FaultRuns.awaitLine(p, log, FaultPoint.REACHED, 300)).as(Files.readString(log)).isTrue();
      } finally {
        p.destroyForcibly();
        p.waitFor(60, TimeUnit.SECONDS);
      }
    }
    FaultRuns.Outcome o = FaultRuns.cli(reproduceSet(run));
    assertThat(o.exit()).as(o.err()).isZero();
    assertThat(o.err()).contains("seed 1 (1 of 2): finished in").contains("seed 5 (2 of 2): finished in");
    assertThat(contents(run)).isEqualTo(contents(uninterrupted));
  }
}
