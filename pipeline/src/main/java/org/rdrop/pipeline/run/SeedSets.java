package org.rdrop.pipeline.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.rdrop.bleu.significance.ConfidenceInterval;
import org.rdrop.bleu.significance.SeedItemBootstrap;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.SeedSetDirectory;
import org.rdrop.format.SeedSetManifest;
import org.rdrop.format.Sha256;
import org.rdrop.format.StageName;
import org.rdrop.config.ExperimentConfig;
import org.rdrop.config.Experiments;
import org.rdrop.pipeline.eval.ItemScores;
import org.rdrop.pipeline.run.ReportRun;
import org.rdrop.report.ReportWriter;
import org.rdrop.pipeline.task.Tasks;

/**
 * Seed sets: an experiment with {@code seeds: [...]} runs once per seed, each run complete and
 * bit-reproducible in its own directory ({@link SeedSetDirectory}), and the set's report gives the means
 * over seeds with a test that resamples both the seeds and the test items ({@link SeedItemBootstrap}).
 * The run of seed s is the run of the experiment file with {@code train.seed: s} and no {@code seeds}: the
 * same identity, the same bytes, whichever way it was made.
 */
public final class SeedSets {
  public static final int BOOTSTRAP_SAMPLES = 1000;
  public static final long BOOTSTRAP_SEED = 12345;

  private SeedSets() {}

  /** The experiment of {@code seed}'s run in {@code set}: one run, {@code train.seed} = seed. */
  public static Experiments.Experiment forSeed(Experiments.Experiment set, long seed) {
    return new Experiments.Experiment(set.config().forSeed(seed), set.file(), set.text());
  }

  /**
   * Whether {@code runDir} holds a finished run of the experiment with {@code identity}: its manifest has
   * that identity and a report stage, and the report files are as recorded. Such a run is reused as it is;
   * any other is handed to the ordinary steps, which reuse its preparation, resume its training and
   * evaluate it.
   */
  public static boolean finished(Path runDir, RunManifest.Identity identity) throws IOException {
    RunDirectory run = RunDirectory.of(runDir);
    if (!Files.isRegularFile(run.manifest())) {
      return false;
    }
    RunManifest m = run.readManifest();
    if (!m.identity().hash().equals(identity.hash())) {
      return false;
    }
    RunManifest.Stage report = m.stages().stream().filter(s -> s.name().equals(StageName.report().name()))
        .findFirst().orElse(null);
    if (report == null) {
      return false;
    }
    for (RunManifest.Artifact a : m.artifacts()) {
      if (report.outputs().contains(a.path())) {
        Path f = runDir.resolve(a.path());
        if (!Files.isRegularFile(f) || !Sha256.of(f).equals(a.sha256())) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Records the finished runs of {@code set}'s seeds in the set's manifest (seed-set.json), then writes the
   * set's report files; returns the report.
   */
  public static Report write(Path setDir, Experiments.Experiment set, RunManifest.Identity identity)
      throws IOException {
    SeedSetDirectory dir = SeedSetDirectory.of(setDir);
    new SeedSetManifest(SeedSetManifest.FORMAT, set.config().name(), identity,
        ManifestJson.MAPPER.valueToTree(set.config()), runsOf(dir, set.config().seeds())).write(dir.manifest());
    return writeReport(setDir);
  }

  /** Each seed's run as seed-set.json records it: its directory, identity and manifest's SHA-256 as they are now. */
  private static List<SeedSetManifest.Run> runsOf(SeedSetDirectory dir, List<Long> seeds) throws IOException {
    List<SeedSetManifest.Run> runs = new ArrayList<>();
    for (long seed : seeds) {
      RunDirectory run = dir.seed(seed);
      runs.add(new SeedSetManifest.Run(seed, SeedSetDirectory.runName(seed), run.readManifest().identity().hash(),
          Sha256.of(run.manifest())));
    }
    return runs;
  }

  /**
   * After its seeds' runs were evaluated again ({@code rdrop evaluate SET}): re-records each run's manifest
   * SHA-256 in seed-set.json, keeping the set's identity and config as recorded (the runs are the same runs, so
   * the set is the same set, whichever code evaluated it), then rewrites the set's report files. A run whose
   * identity is not the one recorded is another run: refused, naming it.
   */
  public static Report rerecord(Path setDir) throws IOException {
    SeedSetManifest set = requireRecordedRuns(setDir);
    SeedSetDirectory dir = SeedSetDirectory.of(setDir);
    List<Long> seeds = set.runs().stream().map(SeedSetManifest.Run::seed).toList();
    new SeedSetManifest(set.format(), set.experiment(), set.identity(), set.config(), runsOf(dir, seeds))
        .write(dir.manifest());
    return writeReport(setDir);
  }

  /** The set's manifest, after checking that each seed's run has the identity it records (else names it). */
  public static SeedSetManifest requireRecordedRuns(Path setDir) throws IOException {
    SeedSetDirectory dir = SeedSetDirectory.of(setDir);
    SeedSetManifest set = dir.readManifest();
    for (SeedSetManifest.Run r : set.runs()) {
      RunDirectory run = dir.seed(r.seed());
      String identity = run.readManifest().identity().hash();
      if (!identity.equals(r.identity())) {
        throw new IOException(run.manifest() + ": identity " + identity + ", but " + dir.manifest() + " records "
            + r.identity() + " for seed " + r.seed() + ": another run; run ./rdrop reproduce to record it");
      }
    }
    return set;
  }

  private static Report writeReport(Path setDir) throws IOException {
    ReportRun.Rendered r = render(setDir);
    for (Map.Entry<String, String> f : r.files().entrySet()) {
      AtomicFiles.writeString(setDir.resolve(f.getKey()), f.getValue());
    }
    return r.data();
  }

  /**
   * The set's report files from seed-set.json and its seeds' runs, without writing anything: what
   * {@link #write} writes, and what {@code rdrop check} compares with the disk. A seed's run whose
   * manifest changed since the set was recorded is an error naming it.
   */
  public static ReportRun.Rendered render(Path setDir) throws IOException {
    SeedSetDirectory dir = SeedSetDirectory.of(setDir);
    SeedSetManifest set = dir.readManifest();
    List<Report> reports = new ArrayList<>();
    List<List<ItemScores>> items = new ArrayList<>();
    Map<String, List<Curve.Row>> curves = new LinkedHashMap<>();
    Map<String, List<Curve.ValidRow>> valid = new LinkedHashMap<>();
    Map<String, List<Curve.DropoutKlRow>> dropoutKl = new LinkedHashMap<>();
    SortedMap<String, Report.Training> training = new TreeMap<>();
    List<Report.CurveFile> curveFiles = new ArrayList<>();
    Set<String> notes = new LinkedHashSet<>();
    for (SeedSetManifest.Run r : set.runs()) {
      RunDirectory run = dir.seed(r.seed());
      if (!Files.isRegularFile(run.manifest()) || !Sha256.of(run.manifest()).equals(r.manifestSha256())) {
        throw new IOException(run.manifest() + ": not the run " + SeedSetDirectory.SEED_SET_JSON
            + " records (manifest SHA-256 " + r.manifestSha256() + "); run ./rdrop reproduce again to record it");
      }
      Report report = Report.read(run.reportJson());
      reports.add(report);
      ExperimentConfig config = Experiments.configOf(run.readManifest(), run.manifest());
      items.add(Tasks.of(config).itemScores(run.root()));
      for (Method m : Method.BOTH) {
        String series = m.label() + "/" + r.run();
        Report.Training t = report.training().get(m.label());
        if (t != null) {
          training.put(series, t);
        }
        Path curve = run.method(m).curve();
        if (Files.isRegularFile(curve)) {
          curves.put(series, Curve.read(curve));
        }
        Path v = run.method(m).valid();
        if (Files.isRegularFile(v)) {
          valid.put(series, Curve.readValid(v));
        }
        Path k = run.method(m).dropoutKl();
        if (Files.isRegularFile(k)) {
          dropoutKl.put(series, Curve.readDropoutKl(k));
        }
      }
      report.curves().forEach(c -> curveFiles.add(new Report.CurveFile(r.run() + "/" + c.path(), c.sha256())));
      notes.addAll(report.notes());
    }
    List<Report.Metric> metrics = new ArrayList<>();
    for (Report.Metric first : reports.get(0).metrics()) {
      metrics.add(metric(first, set.runs(), reports, items));
    }
    SortedMap<String, Object> identity = new TreeMap<>();
    identity.put("hash", set.identity().hash());
    identity.put("code_version", set.identity().codeVersion());
    identity.put("config_sha256", set.identity().configSha256());
    identity.put("inputs", set.identity().inputs());
    List<Report.SeedRun> seeds = new ArrayList<>();
    for (int k = 0; k < set.runs().size(); k++) {
      SeedSetManifest.Run r = set.runs().get(k);
      identity.put("run_" + r.run(), r.identity());
      SortedMap<String, Report.SeedScore> scores = new TreeMap<>();
      for (Report.Metric m : reports.get(k).metrics()) {
        scores.put(m.id(), new Report.SeedScore(m.baseline(), m.rdrop(), m.delta(), m.pValue()));
      }
      seeds.add(new Report.SeedRun(r.seed(), r.run(), r.identity(), scores, reports.get(k).overtake()));
    }
    List<String> allNotes = new ArrayList<>();
    allNotes.add(String.format(Locale.ROOT, "A seed set of %d runs (seeds %s), each complete in its own directory:"
        + " every score is the mean over the seeds, and each delta's interval and p-value come from a bootstrap"
        + " that resamples the seeds and the test items together.", set.runs().size(),
        set.runs().stream().map(r -> Long.toString(r.seed())).toList()));
    allNotes.addAll(notes);
    Report report = new Report(Report.FORMAT, set.experiment(), reports.get(0).description(), identity,
        reports.get(0).platform(), set.config(), training, metrics, curveFiles, allNotes, null, seeds);
    return ReportRun.renderSeedSet(report, new ReportWriter.Curves(curves, valid, dropoutKl));
  }

  /** The set's row for the metric of {@code first} (seed 1's row): means over seeds, tested over seeds and items. */
  private static Report.Metric metric(Report.Metric first, List<SeedSetManifest.Run> runs, List<Report> reports,
      List<List<ItemScores>> items) throws IOException {
    int k = runs.size();
    double[] b = new double[k];
    double[] r = new double[k];
    double[] d = new double[k];
    List<double[][]> baseItems = new ArrayList<>();
    List<double[][]> rdropItems = new ArrayList<>();
    ItemScores firstItems = null;
    for (int i = 0; i < k; i++) {
      String run = runs.get(i).run();
      Report.Metric m = reports.get(i).metrics().stream().filter(x -> x.id().equals(first.id())).findFirst()
          .orElseThrow(() -> new IOException(run + "/" + RunDirectory.REPORT_JSON + ": no metric '" + first.id()
              + "', which " + runs.get(0).run() + "/" + RunDirectory.REPORT_JSON + " has"));
      if (m.baseline() == null || m.rdrop() == null) {
        return Report.Metric.withoutTest(first.id(), first.name(), first.detail(), first.higherIsBetter(), null, null,
            "not scored in every seed's run", first.paper());
      }
      b[i] = m.baseline();
      r[i] = m.rdrop();
      d[i] = m.rdrop() - m.baseline();
      ItemScores s = items.get(i).stream().filter(x -> x.metricId().equals(first.id())).findFirst().orElse(null);
      if (s != null) {
        firstItems = firstItems == null ? s : firstItems;
        baseItems.add(s.baseline());
        rdropItems.add(s.rdrop());
      }
    }
    Report.Spread spread = new Report.Spread(k, SeedItemBootstrap.standardDeviation(b),
        SeedItemBootstrap.standardDeviation(r), SeedItemBootstrap.standardDeviation(d));
    String detail = first.detail() + (first.detail().isEmpty() ? "" : "; ") + "mean of " + k + " seeds";
    if (firstItems == null || baseItems.size() != k) {
      Report.Metric m = Report.Metric.withoutTest(first.id(), first.name(), detail, first.higherIsBetter(), mean(b),
          mean(r), "no significance test for this score", first.paper());
      return Report.Metric.builder(m.id(), m.name()).detail(m.detail()).higherIsBetter(m.higherIsBetter())
          .scores(m.baseline(), null, m.rdrop(), null).delta(m.delta(), null, null, m.test()).paper(m.paper())
          .spread(spread).build();
    }
    SeedItemBootstrap.Result t = SeedItemBootstrap.run(baseItems, rdropItems, firstItems.metric(), BOOTSTRAP_SAMPLES,
        BOOTSTRAP_SEED, "seed-set-bootstrap/" + first.id());
    return Report.Metric.builder(first.id(), first.name())
        .detail(detail)
        .higherIsBetter(first.higherIsBetter())
        .scores(t.baselineMean(), pair(t.baselineInterval()), t.rdropMean(), pair(t.rdropInterval()))
        .delta(t.delta(), pair(t.deltaInterval()), t.pValue(), String.format(Locale.ROOT,
            "two-level paired bootstrap over %d seeds and %d %s (each resample draws seeds and items with"
                + " replacement; a seed's baseline and R-Drop together), n=%d, seed %d; 95%% CIs of each mean"
                + " score and of the mean delta", k, firstItems.baseline().length, firstItems.items(),
            BOOTSTRAP_SAMPLES, BOOTSTRAP_SEED))
        .paper(first.paper())
        .spread(spread)
        .build();
  }

  private static double mean(double[] v) {
    return SeedItemBootstrap.mean(v);
  }

  private static List<Double> pair(ConfidenceInterval ci) {
    return List.of(ci.lower(), ci.upper());
  }
}
