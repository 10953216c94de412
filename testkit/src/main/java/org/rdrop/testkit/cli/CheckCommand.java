package org.rdrop.testkit.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rdrop.format.Curve;
import org.rdrop.format.Method;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.SeedSetDirectory;
import org.rdrop.testkit.verdict.CheckReport;
import org.rdrop.testkit.verdict.RunChecks;
import org.rdrop.testkit.verdict.SeedSetChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rdrop check RUN_DIR}: every golden check of a finished run; exit code 0 or 1. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a finished run without training: every artifact of its manifest against the file on disk,",
      "the manifest's chain of stage records, " + RunDirectory.REPORT_JSON
          + " re-derived from the run's files (each differing",
      "field named), " + Method.BASELINE_LABEL + "/" + Curve.CURVE_FILE + " and " + Method.RDROP_LABEL + "/"
          + Curve.CURVE_FILE + " against golden/<experiment>/ in the mode each",
      "golden declares, and the paper claims. Exit code 0: all passed (skipped checks do not fail), 1: a",
      "check failed."
    })
public final class CheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN_DIR",
      description = "A run directory (with " + RunDirectory.MANIFEST + "), or a seed set's (with "
          + SeedSetDirectory.SEED_SET_JSON + ").")
  Path runDir;

  @Mixin GoldenDirOption goldenDir;
  @Mixin OutputOptions output;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    CheckReport report = SeedSetDirectory.isSeedSet(runDir) ? SeedSetChecks.run(runDir, goldenDir.store())
        : RunChecks.run(runDir, goldenDir.store());
    output.print(report, spec.commandLine().getOut(), null);
    return report.passed() ? 0 : 1;
  }
}
