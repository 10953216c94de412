package org.rdrop.testkit.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rdrop.testkit.TestRuns;
import org.rdrop.testkit.compare.GoldenStore;
import org.rdrop.format.GoldenIndex;

/** Paper claims in {@code ./rdrop check}: golden/<experiment>/claims.json judged on the run's report.json. */
class ClaimChecksTest {
  @TempDir Path tmp;

  // IWSLT14 De->En, published +2.61 BLEU; declared band half to one and a half times that.
  static final String CLAIMS = """
      {"format": "rdrop-golden-claims/1", "experiment": "smoke", "claims": [
        {"metric": "bleu", "published": "iwslt14-de-en/transformer/bleu", "significance": 0.05,
         "band": [1.305, 3.915], "expected": "%s", "why": "test fixture"}]}
      """;

  private int goldenDirs;

  GoldenStore goldens(String expected) throws Exception {
    Path root = tmp.resolve("golden" + (goldenDirs++ == 0 ? "" : "-" + goldenDirs));
    Files.createDirectories(root.resolve("paper"));
    Files.createDirectories(root.resolve("smoke"));
    Files.copy(PublishedResultsTest.REPO_GOLDEN.resolve(PublishedResults.PATH), root.resolve(PublishedResults.PATH));
    Files.writeString(root.resolve("smoke/claims.json"), CLAIMS.formatted(expected));
    GoldenIndex.record(root, "");
    return new GoldenStore(root);
  }

  /** A report's training section: both methods converged, or R-Drop still improving at its last validations. */
  static String training(boolean rdropConverged) {
    String converged = """
        {"stopped_by": "patience", "best_metric": "loss", "best_update": 40, "validations_since_best": 3,
         "converged": true, "window": 3, "final_model": "best", "final_model_updates": [40]}""";
    String learning = """
        {"stopped_by": "max_updates", "best_metric": "loss", "best_update": 100, "validations_since_best": 0,
         "converged": false, "window": 3, "final_model": "best", "final_model_updates": [100]}""";
    return "\"training\": {\"baseline\": {\"convergence\": " + converged + "}, \"rdrop\": {\"convergence\": "
        + (rdropConverged ? converged : learning) + "}},";
  }

  Path run(double base, double rdrop, double ciLow, double ciHigh, double p) throws Exception {
    return run(base, rdrop, ciLow, ciHigh, p, training(true));
  }

  Path run(double base, double rdrop, double ciLow, double ciHigh, double p, String training) throws Exception {
    Path run = TestRuns.runDir(Files.createDirectories(tmp.resolve("run")), "smoke",
        Map.of("rdrop", TestRuns.curve("rdrop", 10), "baseline", TestRuns.curve("baseline", 10)), "avx");
    Files.writeString(run.resolve(RunReport.FILE), String.format(Locale.ROOT, """
        {"format": "rdrop-report/1", "experiment": "smoke", %s "metrics": [
          {"id": "chrf", "name": "chrF", "higher_is_better": true, "baseline": 50, "rdrop": 51, "delta": 1,
           "delta_ci95": null, "p_value": null, "test": "none"},
          {"id": "bleu", "name": "BLEU", "higher_is_better": true, "baseline": %s, "rdrop": %s, "delta": %s,
           "delta_ci95": [%s, %s], "p_value": %s, "test": "paired bootstrap, 1000 samples"}]}
        """, training, base, rdrop, rdrop - base, ciLow, ciHigh, p));
    return run;
  }

  static Check claim(CheckReport r) {
    return r.checks().stream().filter(c -> c.group().equals("rdrop.paper.smoke")).findFirst().orElseThrow();
  }

  @Test
  void aReproducedClaimPassesWithItsNumbers() throws Exception {
    Check c = claim(RunChecks.run(run(33.10, 35.20, 1.40, 2.80, 0.001), goldens("reproduced")));
    assertThat(c.status()).isEqualTo(Check.Status.PASSED);
    assertThat(c.name()).isEqualTo("bleu vs iwslt14-de-en/transformer/bleu");
    assertThat(c.message()).isEqualTo("reproduced: iwslt14-de-en/transformer/bleu: measured R-Drop - baseline +2.100 BLEU"
        + " (95% CI [+1.400, +2.800], p = 0.0010), published +2.61 BLEU (as the golden run)");
    assertThat(c.details()).contains("band: measured +2.100 within the declared band [+1.305, +3.915]", "why this claim: test fixture");
  }

  @Test
  void swappingBaselineAndRdropFlipsTheVerdictAndFailsTheCheck() throws Exception {
    Check c = claim(RunChecks.run(run(35.20, 33.10, -2.80, -1.40, 0.001), goldens("reproduced")));
    assertThat(c.status()).isEqualTo(Check.Status.FAILED);
    assertThat(c.message()).startsWith("not-reproduced: ").endsWith("(REGRESSED: the golden run was reproduced)");
    assertThat(c.details()).contains("measured -2.100: OPPOSITE");
  }

  @Test
  void aVerdictBetterThanTheGoldensPassesWithANote() throws Exception {
    Check c = claim(RunChecks.run(run(33.10, 35.20, 1.40, 2.80, 0.001), goldens("direction-only")));
    assertThat(c.status()).isEqualTo(Check.Status.PASSED);
    assertThat(c.notes()).containsExactly("verdict reproduced is better than the golden's direction-only");
  }

  @Test
  void aMethodStillImprovingMakesTheClaimInconclusiveNeverNotReproduced() throws Exception {
    // The opposite direction, significant: on converged models this is not-reproduced.
    Check c = claim(RunChecks.run(run(35.20, 33.10, -2.80, -1.40, 0.001, training(false)),
        goldens("inconclusive: not converged")));
    assertThat(c.status()).isEqualTo(Check.Status.PASSED);
    assertThat(c.message()).startsWith("inconclusive: not converged: iwslt14-de-en/transformer/bleu: measured")
        .endsWith("(as the golden run)");
    assertThat(c.details()).contains("rdrop: NOT converged (best validation at update 100, 0 validation(s) after it;"
        + " 3 without improvement count as converged; stopped by max_updates): judged on the delta alone this would"
        + " be not-reproduced");
    assertThat(c.details()).doesNotContain("baseline: NOT converged");

    // A report that does not say (trained before convergence was recorded) cannot be judged either.
    c = claim(RunChecks.run(run(35.20, 33.10, -2.80, -1.40, 0.001, ""), goldens("not-reproduced")));
    assertThat(c.message()).startsWith("inconclusive: not converged: ");
    assertThat(c.details()).contains("the report states no training (convergence unknown)");

    // Once converged, the same numbers are not-reproduced: worse than the golden's inconclusive, a regression.
    c = claim(RunChecks.run(run(35.20, 33.10, -2.80, -1.40, 0.001), goldens("inconclusive: not converged")));
    assertThat(c.status()).isEqualTo(Check.Status.FAILED);
    assertThat(c.message()).startsWith("not-reproduced: ")
        .endsWith("(REGRESSED: the golden run was inconclusive: not converged)");
  }

  @Test
  void aNotSignificantDeltaIsDirectionOnly() throws Exception {
    Check c = claim(RunChecks.run(run(33.10, 33.50, -0.20, 1.00, 0.21), goldens("direction-only")));
    assertThat(c.status()).isEqualTo(Check.Status.PASSED);
    assertThat(c.message()).startsWith("direction-only: ").endsWith("(as the golden run)");
  }

  @Test
  void aMissingReportOrMetricFailsAndAnEditedClaimsFileIsAnError() throws Exception {
    GoldenStore goldens = goldens("reproduced");
    Path run = run(33.10, 35.20, 1.40, 2.80, 0.001);
    Files.writeString(run.resolve(RunReport.FILE),
        Files.readString(run.resolve(RunReport.FILE)).replace("\"id\": \"bleu\"", "\"id\": \"sacrebleu\""));
    assertThat(claim(RunChecks.run(run, goldens)).message())
        .isEqualTo(run.resolve(RunReport.FILE) + " has no metric 'bleu' (ids: chrf, sacrebleu)");
    Files.delete(run.resolve(RunReport.FILE));
    assertThat(claim(RunChecks.run(run, goldens)).message())
        .isEqualTo("the run has no report.json (not evaluated), but golden smoke/claims.json has claims");

    Path claims = goldens.root().resolve("smoke/claims.json");
    Files.writeString(claims, Files.readString(claims).replace("1.305", "0.5"));
    Check edited = claim(RunChecks.run(run, goldens));
    assertThat(edited.status()).isEqualTo(Check.Status.ERROR);
    assertThat(edited.message()).startsWith("golden smoke/claims.json does not match ");
  }

  @Test
  void badClaimsNameTheField() throws Exception {
    Path f = tmp.resolve("claims.json");
    Files.writeString(f, CLAIMS.formatted("reproduced").replace("[1.305, 3.915]", "[3.9, 1.3]"));
    assertThatThrownBy(() -> Claims.readFile(f, "smoke")).hasMessage(f + ": claims[0]: band [3.9, 1.3] is empty");
    Files.writeString(f, CLAIMS.formatted("maybe"));
    assertThatThrownBy(() -> Claims.readFile(f, "smoke"))
        .hasMessage(f + ": claims[0]: verdict 'maybe' is not one of reproduced, direction-only, inconclusive: not converged, not-reproduced");
    Files.writeString(f, CLAIMS.formatted("reproduced"));
    assertThatThrownBy(() -> Claims.readFile(f, "bible-en-es"))
        .hasMessage(f + ": field experiment is 'smoke', but the file is under golden/bible-en-es");
  }

  @Test
  void aReportWithABadFieldNamesIt() throws Exception {
    Path f = tmp.resolve("report.json");
    Files.writeString(f, """
        {"format": "rdrop-report/1", "metrics": [{"id": "bleu", "name": "BLEU", "higher_is_better": true,
          "baseline": "high"}]}""");
    assertThatThrownBy(() -> RunReport.read(f))
        .hasMessage(f + ": metrics[0]: field baseline must be a number or null, found \"high\"");
  }
}
