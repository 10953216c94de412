package org.rdrop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rdrop.config.Experiments;
import org.rdrop.testkit.compare.GoldenStore;
import org.rdrop.testkit.verdict.Check;
import org.rdrop.testkit.verdict.CheckReport;
import java.util.List;
import org.rdrop.pipeline.testing.Forgery;
import org.rdrop.testkit.verdict.ReportFormat;
import org.rdrop.testkit.verdict.RunChecks;
import org.rdrop.testkit.junit.CommandOutcome;

/**
 * The short built-in experiments, run as configured and checked against the repository's goldens (curves
 * and paper claims), as ./rdrop check does. smoke has its own test (ReproduceSmokeTest); bible-en-es and
 * the mnist-vit seed set train for more than an hour and are compared by ci/nightly.sh and the paper suite.
 */
class BuiltInGoldensTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"moby-dick-lm", "digits-vit"})
  void aFreshRunMatchesItsGoldens(String experiment) throws Exception {
    Path run = dir.resolve(experiment);
    CommandOutcome o = CliTest.run("reproduce", experiment, "--out", run.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    CheckReport checks = RunChecks.run(run, new GoldenStore(Experiments.home().resolve("golden")));
    assertThat(checks.passed()).as(ReportFormat.TEXT.render(checks)).isTrue();
    assertThat(checks.checks()).extracting(Check::group)
        .contains("rdrop.curves." + experiment, "rdrop.paper." + experiment);
    assertThat(checks.checks()).noneMatch(c -> c.status() == Check.Status.SKIPPED);
    assertThat(checks.checks()).filteredOn(c -> c.group().equals("rdrop.report")).extracting(Check::name)
        .containsExactly("consistency", "report.html re-derived", "report.json re-derived", "report.md re-derived");

    // The evaluation output the score is drawn from, edited with its manifest hash: the report no longer
    // follows from it, and check names the metric and field.
    Path forged = Forgery.copy(run, dir.resolve("forged"));
    String metric;
    if (experiment.equals("digits-vit")) {
      // The baseline's first prediction turned from right to wrong or from wrong to right.
      Forgery.edit(forged, "baseline/predictions.test.tsv", t -> {
        String[] lines = t.split("\n", -1);
        String[] f = lines[1].split("\t");
        f[1] = f[1].equals(f[2]) ? Integer.toString((Integer.parseInt(f[2]) + 1) % 10) : f[2];
        lines[1] = String.join("\t", f);
        return String.join("\n", lines);
      });
      metric = "metrics[accuracy].baseline: recorded ";
    } else {
      // The baseline's first evaluation block scored one token more.
      Forgery.edit(forged, "baseline/lm-scores.test.tsv", t -> {
        String[] lines = t.split("\n", -1);
        String[] f = lines[1].split("\t");
        f[1] = Long.toString(Long.parseLong(f[1]) + 1);
        lines[1] = String.join("\t", f);
        return String.join("\n", lines);
      });
      metric = "metrics[perplexity].baseline: recorded ";
    }
    List<Check> failed = RunChecks.run(forged, new GoldenStore(Experiments.home().resolve("golden"))).checks()
        .stream().filter(Check::failed).toList();
    assertThat(failed).extracting(Check::name).contains("report.json re-derived");
    assertThat(failed).filteredOn(c -> c.name().equals("report.json re-derived")).singleElement()
        .extracting(Check::message).asString().startsWith("report.json: " + metric);
  }
}
