package org.rdrop.pipeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.testkit.compare.GoldenStore;
import org.rdrop.testkit.verdict.Check;
import org.rdrop.testkit.verdict.CheckReport;
import org.rdrop.testkit.verdict.ReportFormat;
import org.rdrop.testkit.verdict.RunChecks;

/**
 * The short built-in experiments, run as configured and checked against the repository's goldens (curves
 * and paper claims), as ./rdrop check does. smoke has its own test (ReproduceSmokeTest); bible-en-es
 * takes 20 minutes and is compared by ci/nightly.sh.
 */
class BuiltInGoldensTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"moby-dick-lm", "digits-vit"})
  void aFreshRunMatchesItsGoldens(String experiment) throws Exception {
    Path run = dir.resolve(experiment);
    CliTest.Outcome o = CliTest.run("reproduce", experiment, "--out", run.toString());
    assertThat(o.exit()).as(o.err()).isZero();
    CheckReport checks = RunChecks.run(run, new GoldenStore(Experiments.home().resolve("golden")));
    assertThat(checks.passed()).as(ReportFormat.TEXT.render(checks)).isTrue();
    assertThat(checks.checks()).extracting(Check::group)
        .contains("rdrop.curves." + experiment, "rdrop.paper." + experiment);
    assertThat(checks.checks()).noneMatch(c -> c.status() == Check.Status.SKIPPED);
  }
}
