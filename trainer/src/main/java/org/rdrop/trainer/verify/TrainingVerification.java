package org.rdrop.trainer.verify;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.format.Curve;
import org.rdrop.format.Method;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.Sha256;
import org.rdrop.trainer.config.TrainConfig;
import org.rdrop.trainer.loop.RunIdentity;
import org.rdrop.trainer.loop.TrainOptions;
import org.rdrop.trainer.loop.TrainProgress;
import org.rdrop.trainer.loop.Trainer;

/**
 * Re-trains a finished training run from its run.json alone (effective config, method, vocabulary size)
 * on the same batch files, checked first against the SHA-256 the run recorded, into a fresh directory,
 * and compares the outputs file by file. Needs no Beam, so it runs in the trainer image; the pipeline's
 * {@code ./rdrop verify} also re-runs the preparation. Files are compared by their bytes here; how a
 * differing curve differs is told by the caller's {@link CurveDifference} (the testkit's comparison, which
 * the trainer does not depend on).
 */
public final class TrainingVerification {
  /** Says how a curve.tsv of the rerun differs from the original's, whose bytes are not the same. */
  @FunctionalInterface
  public interface CurveDifference {
    /**
     * @param original the run's curve
     * @param rerun the rerun's curve
     * @param name the curve's file name, for the text
     */
    String describe(Path original, Path rerun, String name) throws IOException;
  }

  /** The outputs compared; checkpoints are intermediate and summary.json records the code version. */
  public static final List<String> COMPARED =
      List.of(Curve.CURVE_FILE, Curve.VALID_FILE, Curve.DROPOUT_KL_FILE, MethodDirectory.MODEL_PARAMS);

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private TrainingVerification() {}

  /** One output's outcome: {@code identical}, {@code differs} or {@code missing}. */
  public record Outcome(String file, String status, String detail) {
    public boolean identical() {
      return status.equals("identical");
    }
  }

  /**
   * @param identityDifferences run.json fields that differ between the run and the rerun (code version and
   *     platform, typically); empty when the identities are equal
   */
  public record Result(Path rerun, List<Outcome> outcomes, List<String> identityDifferences) {
    public boolean allIdentical() {
      return outcomes.stream().allMatch(Outcome::identical);
    }

    /** The platform fingerprint keys that differ: bit-exactness is not expected when there are any. */
    public List<String> platformDifferences() {
      return identityDifferences.stream().filter(d -> d.startsWith("platform.")).toList();
    }
  }

  /**
   * What to verify.
   *
   * @param runDir the finished run (run.json, curve.tsv, model.params, ...)
   * @param batches the training batch file it was trained on
   * @param valid its validation batch file, or null when it had none
   * @param rerun a directory that does not exist yet
   */
  public record Request(Path runDir, Path batches, Path valid, Path rerun) {}

  /**
   * Re-trains {@code request}'s run into its rerun directory and compares the outputs byte for byte.
   *
   * @param curves says how a differing curve.tsv differs
   */
  public static Result run(Request request, PrintStream log, CurveDifference curves) throws IOException {
    Path runDir = request.runDir();
    Path batches = request.batches();
    Path valid = request.valid();
    Path rerun = request.rerun();
    Path runJson = new MethodDirectory(runDir).runJson();
    if (!Files.isRegularFile(runJson)) {
      throw new IOException(runDir + ": no " + MethodDirectory.RUN_JSON + " (not a training run directory)");
    }
    RunIdentity original = RunIdentity.read(runJson);
    JsonNode fields = JSON.valueToTree(original.fields());
    checkData(runJson, fields, "batches_sha256", batches, "--batches");
    JsonNode validSha = fields.path("data").path("valid_sha256");
    if (validSha.isTextual() != (valid != null)) {
      throw new IllegalArgumentException(runJson + ": the run was trained " + (validSha.isTextual()
          ? "with a validation file: give it with --valid" : "without a validation file: leave out --valid"));
    }
    if (valid != null) {
      checkData(runJson, fields, "valid_sha256", valid, "--valid");
    }
    Method method = Method.parse(fields.path("method").asText());
    TrainConfig config;
    try {
      config = JSON.treeToValue(fields.path("config"), TrainConfig.class).forMethod(method).validate();
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException(runJson + ": field config: " + e.getMessage(), e);
    }
    if (!fields.path("vocab_size").canConvertToInt()) {
      throw new IOException(runJson + ": field vocab_size is missing or not a number");
    }
    if (Files.exists(rerun)) {
      throw new IOException(rerun + " exists; verify re-trains into a fresh directory");
    }
    Trainer.run(TrainOptions.builder().batches(batches).valid(valid).config(config).method(method)
        .vocabSize(fields.path("vocab_size").asInt()).out(rerun).progress(TrainProgress.lines(log)).build());

    List<Outcome> outcomes = new ArrayList<>();
    for (String file : COMPARED) {
      Path a = runDir.resolve(file);
      Path b = rerun.resolve(file);
      if (!Files.isRegularFile(a) && !Files.isRegularFile(b)) {
        continue;
      }
      if (file.equals(Curve.DROPOUT_KL_FILE) && !Files.isRegularFile(a)) {
        // A diagnostic, not what training produces: a run trained before it existed has none, and its
        // model is still reproduced when the curves and parameters are.
        log.println("verify: " + file + ": the run has none (trained before the diagnostic), not compared");
        continue;
      }
      if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) {
        outcomes.add(new Outcome(file, "missing", Files.isRegularFile(a) ? "the rerun did not write it" : "the run has none"));
        continue;
      }
      String sa = Sha256.of(a);
      String sb = Sha256.of(b);
      if (sa.equals(sb)) {
        outcomes.add(new Outcome(file, "identical", "sha256 " + sa.substring(0, 16)));
      } else if (file.equals(Curve.CURVE_FILE)) {
        // The whole story of the first difference; on another platform the comparison says that
        // bit-exactness is not expected and falls back to the default tolerance.
        outcomes.add(new Outcome(file, "differs", curves.describe(a, b, file)));
      } else {
        outcomes.add(new Outcome(file, "differs", "sha256 " + sb.substring(0, 16) + ", original " + sa.substring(0, 16)));
      }
    }
    List<String> differences = original.differences(RunIdentity.read(new MethodDirectory(rerun).runJson()));
    return new Result(rerun, List.copyOf(outcomes), differences);
  }

  private static void checkData(Path runJson, JsonNode fields, String field, Path file, String option) throws IOException {
    String recorded = fields.path("data").path(field).asText("");
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such file (" + option + ")");
    }
    String actual = Sha256.of(file);
    if (!actual.equals(recorded)) {
      throw new IOException(file + " (" + option + ") has SHA-256 " + actual + ", but " + runJson + " records data."
          + field + " " + recorded + ": not the data the run was trained on");
    }
  }
}
