package org.rdrop.pipeline.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.apache.beam.sdk.options.PipelineOptions;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.Experiments;
import org.rdrop.format.Curve;
import org.rdrop.format.Fingerprint;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.RunCurve;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;
import org.rdrop.format.StageName;
import org.rdrop.pipeline.eval.DecodeRun;
import org.rdrop.pipeline.eval.EvaluateRun;
import org.rdrop.pipeline.run.Evaluations;
import org.rdrop.pipeline.run.PrepareRun;
import org.rdrop.pipeline.run.ReportRun;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.testkit.compare.CurveComparator;
import org.rdrop.testkit.compare.CurveComparison;
import org.rdrop.testkit.compare.CurveReport;
import org.rdrop.testkit.compare.GoldenCurve;
import org.rdrop.testkit.compare.JsonDifferences;
import org.rdrop.testkit.compare.Mode;

/**
 * Re-executes a finished run from its manifest alone into a fresh directory and says, artifact by
 * artifact, whether it reproduced bit-exactly. The corpus files are hashed afresh and checked against the
 * manifest's inputs before anything runs. Preparation, training, decoding, evaluation and the report are
 * re-run with the settings the manifest recorded, and each product is compared with the original's file
 * on disk, not with the hash the manifest records for it (a forger can edit both); the manifest's hashes
 * are checked against the disk as findings of their own. A curve that differs is named by its first
 * divergent step, a JSON file by its differing fields; when the platform fingerprint differs the result
 * says that bit-exactness is not expected there.
 */
public final class VerifyRun {
  private VerifyRun() {}

  /** One artifact's outcome. */
  public record Outcome(String path, String status, String detail) {
    public boolean reproduced() {
      return status.equals("identical");
    }
  }

  /**
   * The outcomes (each re-executed file against the original's file on disk), the manifest's records that
   * disagree with the disk, the fingerprint keys that differ between the two runs (empty on the same platform), and
   * the code versions of the original run and of this rerun.
   */
  public record Result(Path rerun, List<Outcome> outcomes, List<String> manifestFindings,
      List<String> platformDifferences, String originalCode, String currentCode) {
    /** Every artifact reproduced, and the manifest's records agree with the disk. */
    public boolean allIdentical() {
      return outcomes.stream().allMatch(Outcome::reproduced) && manifestFindings.isEmpty();
    }
  }

  public static Result run(Path original, Path rerun, Path corpusOverride, PipelineOptions options) throws IOException {
    Path manifestFile = RunDirectory.of(original).manifest();
    RunManifest m = ManifestJson.read(manifestFile);
    ExperimentConfig config = Experiments.configOf(m, manifestFile);
    // The corpus path in an experiment file is relative to the file; a built-in lives in experiments/.
    Path asIfFile = Experiments.home().resolve("experiments").resolve(config.name() + ".yaml");
    Experiments.Experiment exp = new Experiments.Experiment(config, asIfFile, "");
    Path corpus = exp.corpusDir(corpusOverride);
    RunManifest.Identity identity = PrepareRun.identity(exp, corpus);
    if (!identity.inputs().equals(m.identity().inputs())) {
      throw new IOException("the corpus in " + corpus + " is not the one " + original + " was made from: inputs "
          + describe(identity.inputs()) + " vs manifest " + describe(m.identity().inputs()));
    }
    if (!identity.configSha256().equals(m.identity().configSha256())) {
      throw new IOException(manifestFile + ": its config does not hash to its recorded config_sha256");
    }
    if (Files.exists(rerun)) {
      throw new IOException(rerun + " exists; verify re-executes into a fresh directory");
    }
    PrepareRun.run(exp, corpus, rerun, options);
    for (RunManifest.Stage s : m.stages()) {
      if (StageName.of(s.name()).is(StageName.Kind.TRAIN)) {
        TrainRun.run(rerun, List.of(Method.parse((String) s.parameters().get("method"))),
            TrainRun.Overrides.fromParameters(s.parameters()), false, options);
      }
    }
    for (RunManifest.Stage s : m.stages()) {
      if (StageName.of(s.name()).is(StageName.Kind.DECODE)) {
        SortedMap<String, Object> p = s.parameters();
        boolean greedy = Boolean.TRUE.equals(p.get("override.greedy"));
        DecodeRun.run(rerun, new DecodeRun.Request(Method.parse((String) p.get("method")), (String) p.get("split"),
            greedy ? null : ((Number) p.get("beam")).intValue(), greedy, ((Number) p.get("batch_sentences")).intValue()),
            options);
      }
    }
    boolean evaluated = m.stages().stream().anyMatch(s -> StageName.of(s.name()).is(StageName.Kind.REPORT));
    if (evaluated) {
      // Evaluation and the report are re-executed as reproduce ran them: a report that does not follow
      // from the run is found even when its recorded hash was edited to match it.
      ReportRun.write(rerun, Evaluations.evaluate(rerun, options), Evaluations.notes(rerun));
    } else if (m.stages().stream().anyMatch(s -> StageName.of(s.name()).is(StageName.Kind.SCORE))) {
      EvaluateRun.score(rerun, options);
    }
    RunManifest again = ManifestJson.read(RunDirectory.of(rerun).manifest());
    Map<String, RunManifest.Artifact> byPath =
        again.artifacts().stream().collect(Collectors.toMap(RunManifest.Artifact::path, a -> a));
    List<String> platform = platformDifferences(original, rerun);
    List<Outcome> outcomes = new ArrayList<>();
    for (RunManifest.Artifact a : m.artifacts()) {
      outcomes.add(compare(original, rerun, a.path(), byPath.containsKey(a.path())));
    }
    return new Result(rerun, outcomes, manifestFindings(original, m), platform, m.identity().codeVersion(),
        again.identity().codeVersion());
  }


  /**
   * The original run's file against the rerun's, byte for byte: the disk is what a reader of the run sees,
   * so the manifest's record of it is not consulted here (see {@link #manifestFindings}).
   */
  static Outcome compare(Path original, Path rerun, String rel, boolean rerunListsIt) throws IOException {
    Path a = original.resolve(rel);
    Path b = rerun.resolve(rel);
    if (!rerunListsIt || !Files.isRegularFile(b)) {
      return new Outcome(rel, "differs", "the rerun did not produce it");
    }
    if (!Files.isRegularFile(a)) {
      return new Outcome(rel, "differs", "missing from the original run directory (the rerun produced it)");
    }
    String shaA = Sha256.of(a);
    String shaB = Sha256.of(b);
    if (shaA.equals(shaB)) {
      return new Outcome(rel, "identical", "sha256 " + shaA.substring(0, 16));
    }
    if (rel.endsWith("/" + Curve.CURVE_FILE)) {
      try {
        CurveReport report = CurveComparator.compare(GoldenCurve.read(a, "original " + rel), RunCurve.load(b),
            CurveComparison.of(Mode.EXACT));
        return new Outcome(rel, "differs", report.headline());
      } catch (IOException | IllegalArgumentException e) {
        return new Outcome(rel, "differs", "the original is not a readable curve: " + e.getMessage());
      }
    }
    if (rel.endsWith(".json")) {
      try {
        List<String> diffs = JsonDifferences.of(ManifestJson.MAPPER.readTree(Files.readString(a)),
            ManifestJson.MAPPER.readTree(Files.readString(b)));
        if (!diffs.isEmpty()) {
          return new Outcome(rel, "differs", String.join("; ", diffs.subList(0, Math.min(3, diffs.size())))
              .replace("re-derived", "rerun") + (diffs.size() > 3 ? "; and " + (diffs.size() - 3) + " more" : ""));
        }
      } catch (IOException e) {
        return new Outcome(rel, "differs", "the original is not JSON: " + e.getMessage());
      }
    }
    return new Outcome(rel, "differs", "sha256 " + shaB.substring(0, 16) + ", original " + shaA.substring(0, 16));
  }

  /** Each artifact whose recorded SHA-256 or size is not that of the file on disk (or that is missing). */
  static List<String> manifestFindings(Path original, RunManifest m) throws IOException {
    List<String> out = new ArrayList<>();
    for (RunManifest.Artifact a : m.artifacts()) {
      Path f = original.resolve(a.path());
      if (!Files.isRegularFile(f)) {
        out.add(a.path() + ": listed in " + RunDirectory.MANIFEST + ", missing on disk");
      } else {
        String sha = Sha256.of(f);
        if (!sha.equals(a.sha256()) || Files.size(f) != a.bytes()) {
          out.add(a.path() + ": " + RunDirectory.MANIFEST + " records sha256 " + a.sha256().substring(0, 16)
              + ", the disk holds "
              + sha.substring(0, 16));
        }
      }
    }
    return out;
  }

  private static List<String> platformDifferences(Path original, Path rerun) throws IOException {
    for (Method m : List.of(Method.RDROP, Method.BASELINE)) {
      Path a = original.resolve(m.label()).resolve(Fingerprint.RUN_JSON);
      Path b = rerun.resolve(m.label()).resolve(Fingerprint.RUN_JSON);
      if (Files.isRegularFile(a) && Files.isRegularFile(b)) {
        try {
          return Fingerprint.differences(Fingerprint.fromRunJson(a), Fingerprint.fromRunJson(b));
        } catch (IOException e) {
          continue; // a damaged original run.json: its own outcome says so; the other method's may read
        }
      }
    }
    return List.of();
  }

  private static String describe(List<RunManifest.Input> inputs) {
    return inputs.stream().map(i -> i.name() + "=" + i.sha256().substring(0, 12)).collect(Collectors.joining(","));
  }
}
