package org.rdrop.trainer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.RunCurve;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.StageName;
import org.rdrop.testkit.compare.CurveComparator;
import org.rdrop.testkit.compare.CurveComparison;
import org.rdrop.testkit.compare.CurveReport;
import org.rdrop.testkit.compare.GoldenCurve;
import org.rdrop.testkit.compare.Mode;
import org.rdrop.trainer.loop.RunIdentity;
import org.rdrop.trainer.verify.TrainingVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verify} in the trainer image: re-trains a finished run's models from their run.json on the same
 * batch files and compares the outputs. A pipeline run directory (manifest.json) is verified method by
 * method, each model's batch files found among the manifest's artifacts by the SHA-256 its run.json
 * recorded; the preparation itself needs Beam and is re-run only by {@code ./rdrop verify}.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Re-train a finished run from its " + MethodDirectory.RUN_JSON + " in a fresh directory and compare "
          + Curve.CURVE_FILE + ", " + Curve.VALID_FILE + " and",
      MethodDirectory.MODEL_PARAMS + ". RUN_DIR is a training run (" + MethodDirectory.RUN_JSON
          + "; give --batches and --valid) or a pipeline run",
      "(" + RunDirectory.MANIFEST
          + "; every trained method, batch files taken from the run). Exit 0 when all are identical."
    })
public final class VerifyTrainingCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.Mixin NumericsOption numerics;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "The finished run.")
  Path runDir;

  @Option(names = "--batches", paramLabel = "FILE", description = "Training batch file (training run only).")
  Path batches;

  @Option(names = "--valid", paramLabel = "FILE", description = "Validation batch file (training run only).")
  Path valid;

  @Option(names = "--out", paramLabel = "DIR", description = "Fresh directory for the rerun (default: RUN_DIR.verify).")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      Path rerun = out != null ? out : runDir.resolveSibling(runDir.getFileName() + ".verify");
      List<TrainingVerification.Result> results = new ArrayList<>();
      List<String> names = new ArrayList<>();
      RunDirectory run = RunDirectory.of(runDir);
      if (Files.isRegularFile(run.manifest())) {
        if (batches != null || valid != null) {
          throw new IllegalArgumentException(runDir + " is a pipeline run: its batch files come from its manifest; "
              + "leave out --batches and --valid");
        }
        RunManifest m = ManifestJson.read(run.manifest());
        for (RunManifest.Stage s : m.stages()) {
          StageName name = StageName.of(s.name());
          if (!name.is(StageName.Kind.TRAIN)) {
            continue;
          }
          String method = name.method().label();
          Path dir = run.method(name.method()).root();
          var fields = RunIdentity.read(new MethodDirectory(dir).runJson()).fields();
          @SuppressWarnings("unchecked")
          var data = (java.util.Map<String, Object>) fields.get("data");
          Path b = artifact(runDir, m, (String) data.get("batches_sha256"), method + " training batches");
          Path v = data.get("valid_sha256") == null ? null
              : artifact(runDir, m, (String) data.get("valid_sha256"), method + " validation batches");
          names.add(method);
          results.add(TrainingVerification.run(new TrainingVerification.Request(dir, b, v, rerun.resolve(method)),
              System.err, VerifyTrainingCommand::curveDifference));
        }
        if (results.isEmpty()) {
          throw new IllegalArgumentException(run.manifest() + " lists no trained model (no train-* stage)");
        }
      } else {
        if (batches == null) {
          throw new IllegalArgumentException(runDir + " has no " + RunDirectory.MANIFEST
              + ": give the training run's --batches (and --valid)");
        }
        names.add(runDir.getFileName().toString());
        results.add(TrainingVerification.run(new TrainingVerification.Request(runDir, batches, valid, rerun),
            System.err, VerifyTrainingCommand::curveDifference));
      }
      boolean all = true;
      for (int i = 0; i < results.size(); i++) {
        TrainingVerification.Result r = results.get(i);
        if (!r.identityDifferences().isEmpty()) {
          stdout.println(names.get(i) + ": " + MethodDirectory.RUN_JSON + " differs: "
              + String.join("; ", r.identityDifferences())
              + (r.platformDifferences().isEmpty() ? "" : " (another platform: bit-exactness is not expected)"));
        }
        for (TrainingVerification.Outcome o : r.outcomes()) {
          stdout.printf("%-10s %-24s %s%n", o.status(), names.get(i) + "/" + o.file(), o.detail());
          all &= o.identical();
        }
      }
      stdout.println((all ? "reproduced" : "NOT reproduced") + " (rerun in " + rerun + ")");
      return all ? 0 : 1;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      spec.commandLine().getErr().println("rdrop verify: " + TrainBatchesCommand.describe(e));
      return 2;
    }
  }

  /**
   * The whole story of a curve's first difference, as the testkit's exact comparison tells it; on another
   * platform it says that bit-exactness is not expected.
   */
  static String curveDifference(Path original, Path rerun, String name) throws IOException {
    CurveReport r = CurveComparator.compare(GoldenCurve.read(original, "original " + name), RunCurve.load(rerun),
        CurveComparison.of(Mode.EXACT));
    return r.headline() + (r.notes().isEmpty() ? "" : "; " + String.join("; ", r.notes()));
  }

  private static Path artifact(Path runDir, RunManifest m, String sha256, String what) throws IOException {
    return m.artifacts().stream()
        .filter(a -> a.sha256().equals(sha256))
        .map(a -> runDir.resolve(a.path()))
        .findFirst()
        .orElseThrow(() -> new IOException(RunDirectory.of(runDir).manifest() + " lists no artifact with the SHA-256 of the "
            + what + " (" + sha256 + ") that " + MethodDirectory.RUN_JSON + " records"));
  }
}
