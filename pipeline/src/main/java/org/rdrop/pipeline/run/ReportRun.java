package org.rdrop.pipeline.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.Report;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;
import org.rdrop.format.StageName;
import org.rdrop.format.StageRecord;
import org.rdrop.pipeline.train.TrainRun;
import org.rdrop.report.Overtaking;
import org.rdrop.report.ReportVerdicts;
import org.rdrop.report.ReportWriter;

/** Builds the report of a run directory from its manifest, its curves and the metrics evaluation produced. */
public final class ReportRun {
  /** Mean training NLL over the last {@code window} updates (NaN for an empty curve). */
  static double tailMean(List<Curve.Row> rows, int window) {
    return rows.subList(Math.max(0, rows.size() - window), rows.size()).stream()
        .mapToDouble(Curve.Row::nll).average().orElse(Double.NaN);
  }

  /** Train NLL at the end is averaged over this many last updates (single steps are noisy). */
  static final int FINAL_WINDOW = 50;

  private ReportRun() {}

  /**
   * A method's convergence from its summary.json ({@code convergence}) and the patience its run.json's
   * config declared; null when the summary predates these fields.
   */
  static Report.Convergence convergence(JsonNode summary, JsonNode declared, List<Curve.ValidRow> valid) {
    if (summary == null || summary.isNull()) {
      return null;
    }
    int patience = declared.path("patience").asInt(0);
    int window = patience > 0 ? patience : Report.Convergence.DEFAULT_WINDOW;
    Integer since = summary.path("validations_since_best").isNumber()
        ? summary.get("validations_since_best").asInt() : null;
    List<Long> from = new ArrayList<>();
    summary.path("final_model_updates").forEach(n -> from.add(n.asLong()));
    return new Report.Convergence(
        summary.path("stopped_by").asText(),
        summary.path("best_metric").asText(),
        summary.path("best_update").isNumber() ? summary.get("best_update").asLong() : null,
        since,
        !valid.isEmpty() && since != null && since >= window,
        window,
        summary.path("final_model").asText(),
        List.copyOf(from));
  }

  /**
   * A seed set's report files from its data and its runs' curves, keyed by series ({@code baseline/seed-1});
   * the paper verdicts are judged on the set's rows, as for one run.
   */
  public static Rendered renderSeedSet(Report r, ReportWriter.Curves curves) throws IOException {
    return new Rendered(r, ReportWriter.render(r, curves, ReportVerdicts.lines(r)));
  }

  /** A report as it would be written: its data and the content of each report file. */
  public record Rendered(Report data, Map<String, String> files) {}

  /** Writes the report files and records stage {@code report} in the manifest. */
  public static Report write(Path runDir, List<Report.Metric> metrics, List<String> notes) throws IOException {
    RunManifest before = ManifestJson.read(RunDirectory.of(runDir).manifest());
    for (Method method : Method.BOTH) {
      // The report reads the curves, run.json and summary.json: it describes only files the run recorded.
      TrainRun.requireTrainedOutputsUnchanged(runDir, before, method);
    }
    Rendered r = render(runDir, metrics, notes);
    for (Map.Entry<String, String> f : r.files().entrySet()) {
      AtomicFiles.writeString(runDir.resolve(f.getKey()), f.getValue());
    }
    RunDirectory run = RunDirectory.of(runDir);
    // The report reads the trained methods' files and every evaluation output.
    List<Path> read = new ArrayList<>();
    for (RunManifest.Stage s : run.readManifest().stages()) {
      StageName name = StageName.of(s.name());
      if (name.is(StageName.Kind.TRAIN)) {
        s.outputs().stream().filter(o -> !o.endsWith("/" + MethodDirectory.MODEL_PARAMS)).map(runDir::resolve)
            .forEach(read::add);
      } else if (name.is(StageName.Kind.EVALUATE) || name.is(StageName.Kind.SCORE)) {
        s.outputs().stream().map(runDir::resolve).forEach(read::add);
      }
    }
    List<Path> written = RunDirectory.REPORT_FILES.stream().map(runDir::resolve).toList();
    run.record(new StageRecord(StageName.report(), new TreeMap<>(Map.of("format", Report.FORMAT)),
        new TreeMap<>(Map.of("metrics", (long) metrics.size())), read, StageRecord.Output.all(written)));
    return r.data();
  }

  /**
   * The report of a run directory from its manifest, curves, summaries and the given metric rows, without
   * writing anything: what {@link #write} writes, and what {@code rdrop check} compares with the files.
   */
  public static Rendered render(Path runDir, List<Report.Metric> metrics, List<String> notes) throws IOException {
    RunManifest m = ManifestJson.read(RunDirectory.of(runDir).manifest());
    Map<String, List<Curve.Row>> curves = new LinkedHashMap<>();
    Map<String, List<Curve.ValidRow>> valid = new LinkedHashMap<>();
    Map<String, List<Curve.DropoutKlRow>> dropoutKl = new LinkedHashMap<>();
    SortedMap<String, Report.Training> training = new TreeMap<>();
    List<Report.CurveFile> files = new ArrayList<>();
    SortedMap<String, Object> identity = new TreeMap<>();
    identity.put("hash", m.identity().hash());
    identity.put("code_version", m.identity().codeVersion());
    identity.put("config_sha256", m.identity().configSha256());
    identity.put("inputs", m.identity().inputs());
    JsonNode platform = null;
    RunDirectory run = RunDirectory.of(runDir);
    for (Method trained : Method.BOTH) {
      String method = trained.label();
      MethodDirectory dir = run.method(trained);
      Path curve = dir.curve();
      if (!Files.isRegularFile(curve)) {
        continue;
      }
      List<Curve.Row> c = Curve.read(curve);
      curves.put(method, c);
      files.add(new Report.CurveFile(run.relative(curve), Sha256.of(curve)));
      Path v = dir.valid();
      List<Curve.ValidRow> vt = List.of();
      if (Files.isRegularFile(v)) {
        vt = Curve.readValid(v);
        valid.put(method, vt);
        files.add(new Report.CurveFile(run.relative(v), Sha256.of(v)));
      }
      // Absent for runs without validation data and for runs trained before the diagnostic: reported as unknown.
      Path k = dir.dropoutKl();
      Double finalDropoutKl = null;
      if (Files.isRegularFile(k)) {
        List<Curve.DropoutKlRow> kt = Curve.readDropoutKl(k);
        dropoutKl.put(method, kt);
        files.add(new Report.CurveFile(run.relative(k), Sha256.of(k)));
        finalDropoutKl = kt.isEmpty() ? null : kt.get(kt.size() - 1).kl();
      }
      JsonNode runJson = ManifestJson.MAPPER.readTree(dir.runJson().toFile());
      JsonNode summary = ManifestJson.MAPPER.readTree(dir.summary().toFile());
      platform = platform == null ? runJson.get("platform") : platform;
      identity.put("trainer_" + method, summary.get("identity_sha256").asText());
      double[] validNll = vt.stream().mapToDouble(Curve.ValidRow::nll).toArray();
      Double best = null;
      for (double x : validNll) {
        best = best == null ? x : Math.min(best, x);
      }
      long passes = 0;
      long tokenPasses = 0;
      for (Curve.Row row : c) {
        passes += row.passes();
        tokenPasses += (long) row.passes() * row.tokens();
      }
      training.put(method, new Report.Training(
          summary.get("updates").asLong(),
          summary.get("epoch").asLong(),
          tailMean(c, FINAL_WINDOW),
          Math.min(FINAL_WINDOW, c.size()),
          validNll.length == 0 ? null : validNll[validNll.length - 1],
          best,
          c.isEmpty() ? Double.NaN : c.get(c.size() - 1).kl(),
          finalDropoutKl,
          summary.get("identity_sha256").asText(),
          passes,
          tokenPasses,
          convergence(summary.get("convergence"), runJson.path("config").path("convergence"), vt)));
    }
    String base = Method.BASELINE.label();
    String rdrop = Method.RDROP.label();
    Report.Overtake overtake = valid.containsKey(base) && valid.containsKey(rdrop)
        ? Overtaking.of(valid.get(base), valid.get(rdrop), curves.get(base), curves.get(rdrop)) : null;
    Report r = new Report(Report.FORMAT, m.experiment(),
        m.config().path("description").asText(), identity, platform, m.config(), training,
        List.copyOf(metrics), files, List.copyOf(notes), overtake, null);
    return new Rendered(r, ReportWriter.render(r, new ReportWriter.Curves(curves, valid, dropoutKl),
        ReportVerdicts.lines(r)));
  }
}
