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
import org.rdrop.pipeline.config.ExperimentConfig;
import org.rdrop.pipeline.config.Experiments;
import org.rdrop.pipeline.eval.DecodeRun;
import org.rdrop.pipeline.eval.EvaluateRun;
import org.rdrop.pipeline.prepare.PrepareRun;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.testkit.compare.CurveComparator;
import org.rdrop.testkit.compare.CurveComparison;
import org.rdrop.testkit.compare.CurveReport;
import org.rdrop.testkit.compare.GoldenCurve;
import org.rdrop.testkit.compare.Mode;
import org.rdrop.testkit.format.Fingerprint;
import org.rdrop.testkit.format.ManifestJson;
import org.rdrop.testkit.format.RunCurve;
import org.rdrop.testkit.format.RunManifest;
import org.rdrop.trainer.loop.Method;

/**
 * Re-executes a finished run from its manifest alone into a fresh directory and says, artifact by
 * artifact, whether it reproduced bit-exactly. The corpus files are checked against the manifest's input
 * hashes before anything runs. Preparation and the training, decoding and BLEU scoring stages the
 * manifest lists are re-run with the settings it recorded (the report is not: it is drawn from those artifacts); a curve that differs is compared step by step, and when the platform fingerprint
 * differs the report says that bit-exactness is not expected there.
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
   * The outcomes, the fingerprint keys that differ between the two runs (empty on the same platform), and
   * the code versions of the original run and of this rerun.
   */
  public record Result(
      Path rerun, List<Outcome> outcomes, List<String> platformDifferences, String originalCode, String currentCode) {
    public boolean allIdentical() {
      return outcomes.stream().allMatch(Outcome::reproduced);
    }
  }

  public static Result run(Path original, Path rerun, Path corpusOverride, PipelineOptions options) throws IOException {
    Path manifestFile = original.resolve(PrepareRun.MANIFEST);
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
      throw new IOException("the manifest's config does not hash to its recorded config_sha256");
    }
    if (Files.exists(rerun)) {
      throw new IOException(rerun + " exists; verify re-executes into a fresh directory");
    }
    PrepareRun.run(exp, corpus, rerun, options);
    for (RunManifest.Stage s : m.stages()) {
      if (s.name().startsWith("train-")) {
        TrainRun.run(rerun, List.of(Method.parse((String) s.parameters().get("method"))),
            TrainRun.Overrides.fromParameters(s.parameters()), false, options);
      }
    }
    for (RunManifest.Stage s : m.stages()) {
      if (s.name().startsWith("decode-")) {
        SortedMap<String, Object> p = s.parameters();
        boolean greedy = Boolean.TRUE.equals(p.get("override.greedy"));
        DecodeRun.run(rerun, new DecodeRun.Request(Method.parse((String) p.get("method")), (String) p.get("split"),
            greedy ? null : ((Number) p.get("beam")).intValue(), greedy, ((Number) p.get("batch_sentences")).intValue()),
            options);
      }
    }
    if (m.stages().stream().anyMatch(s -> s.name().equals(EvaluateRun.SCORE_STAGE))) {
      EvaluateRun.score(rerun, options);
    }
    RunManifest again = ManifestJson.read(rerun.resolve(PrepareRun.MANIFEST));
    Map<String, RunManifest.Artifact> byPath =
        again.artifacts().stream().collect(Collectors.toMap(RunManifest.Artifact::path, a -> a));
    List<String> platform = platformDifferences(original, rerun);
    List<Outcome> outcomes = new ArrayList<>();
    for (RunManifest.Artifact a : m.artifacts()) {
      RunManifest.Artifact b = byPath.get(a.path());
      if (b == null) {
        String why = a.stage().equals("report")
            ? "not re-executed (the report is drawn from the artifacts above)" : "the rerun did not produce it";
        outcomes.add(new Outcome(a.path(), "not-rerun", why));
      } else if (b.sha256().equals(a.sha256())) {
        outcomes.add(new Outcome(a.path(), "identical", "sha256 " + a.sha256().substring(0, 16)));
      } else if (a.path().endsWith("/curve.tsv")) {
        CurveReport report = CurveComparator.compare(
            GoldenCurve.read(original.resolve(a.path()), "original " + a.path()),
            RunCurve.load(rerun.resolve(a.path())), CurveComparison.of(Mode.EXACT));
        outcomes.add(new Outcome(a.path(), "differs", report.headline()));
      } else {
        outcomes.add(new Outcome(a.path(), "differs", "sha256 " + b.sha256().substring(0, 16) + ", original "
            + a.sha256().substring(0, 16)));
      }
    }
    return new Result(rerun, outcomes, platform, m.identity().codeVersion(), again.identity().codeVersion());
  }

  private static List<String> platformDifferences(Path original, Path rerun) throws IOException {
    for (Method m : List.of(Method.RDROP, Method.BASELINE)) {
      Path a = original.resolve(m.label()).resolve(Fingerprint.RUN_JSON);
      Path b = rerun.resolve(m.label()).resolve(Fingerprint.RUN_JSON);
      if (Files.isRegularFile(a) && Files.isRegularFile(b)) {
        return Fingerprint.differences(Fingerprint.fromRunJson(a), Fingerprint.fromRunJson(b));
      }
    }
    return List.of();
  }

  private static String describe(List<RunManifest.Input> inputs) {
    return inputs.stream().map(i -> i.name() + "=" + i.sha256().substring(0, 12)).collect(Collectors.joining(","));
  }
}
