package org.rdrop.testkit.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.Curve;
import org.rdrop.format.Fingerprint;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.RunCurve;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.RunMarker;
import org.rdrop.format.Sha256;
import org.rdrop.testkit.compare.CurveComparator;
import org.rdrop.testkit.compare.CurveComparison;
import org.rdrop.testkit.compare.CurveReport;
import org.rdrop.testkit.compare.GoldenCurve;
import org.rdrop.testkit.compare.GoldenStore;
import org.rdrop.testkit.compare.JsonDifferences;

/**
 * Every golden check of a finished run directory ({@code ./rdrop check RUN_DIR}):
 *
 * <ol>
 *   <li>each artifact of manifest.json against the file on disk (present, size, SHA-256), and no file on
 *       disk that the manifest does not list (except the trainer's checkpoints, which it prunes);
 *   <li>the loss curves {@code baseline/curve.tsv} and {@code rdrop/curve.tsv} against
 *       {@code golden/<experiment>/<method>/}, in the mode each golden declares;
 *   <li>report.json on its own (each delta is R-Drop minus baseline and lies in its interval), and the report
 *       and its score tables re-derived from the run's files ({@link ReportDerivation}) against the disk:
 *       a number edited in the report, with the manifest's hash edited to match, is named here;
 *   <li>each claim of {@code golden/<experiment>/claims.json}: the report's measured delta judged against
 *       the published one ({@link PaperVerdicts}); a verdict worse than the golden run's fails.
 * </ol>
 */
public final class RunChecks {
  /** The methods whose curves a run directory holds, in report order. */
  public static final List<String> METHODS = Method.BOTH.stream().map(Method::label).toList();

  /** Files a check may find that the manifest cannot list: itself, the JUnit XML a check may write there, the run marker. */
  static final Set<String> NOT_ARTIFACTS = Set.of(RunDirectory.MANIFEST, RunDirectory.CHECKS_XML, RunMarker.FILE);

  /**
   * The trainer's newest checkpoints (pruned while training, so the manifest does not list them) and its
   * {@code timing.json} (wall time: not reproducible, so no artifact).
   */
  static boolean isCheckpoint(String path) {
    int slash = path.indexOf('/');
    return slash > 0 && METHODS.contains(path.substring(0, slash))
        && (path.startsWith(MethodDirectory.CHECKPOINTS + "/", slash + 1)
            || path.substring(slash + 1).equals(MethodDirectory.TIMING_JSON));
  }

  private RunChecks() {}

  /**
   * Runs the checks. A run directory without a readable manifest is an exception (nothing can be checked);
   * an unreadable golden or curve is an ERROR check, and the other checks still run.
   */
  public static CheckReport run(Path runDir, GoldenStore goldens) throws IOException {
    Path manifestFile = RunDirectory.of(runDir).manifest();
    if (!Files.isRegularFile(manifestFile)) {
      throw new IOException(runDir + ": no " + RunDirectory.MANIFEST + " (an unfinished run, or not a run directory)");
    }
    RunManifest m = ManifestJson.read(manifestFile);
    List<Check> checks = new ArrayList<>();
    checks.addAll(artifacts(runDir, m));
    checks.add(chain(m));
    checks.addAll(report(runDir, ReportDerivation.find().orElse(null)));
    List<CrossClass> across = new ArrayList<>();
    for (String method : METHODS) {
      checks.add(curve(runDir, m.experiment(), method, goldens, across));
    }
    if (!across.isEmpty()) {
      checks.addAll(metricsAcrossClasses(runDir, m.experiment(), goldens, across.get(0)));
    }
    checks.addAll(claims(runDir, m.experiment(), goldens));
    return new CheckReport("rdrop check " + m.experiment() + " " + m.identity().shortHash(), checks);
  }

  static List<Check> artifacts(Path runDir, RunManifest m) throws IOException {
    String group = "rdrop.artifacts";
    List<Check> out = new ArrayList<>();
    TreeSet<String> listed = new TreeSet<>();
    for (RunManifest.Artifact a : m.artifacts()) {
      listed.add(a.path());
      Path f = runDir.resolve(a.path());
      TreeMap<String, Object> data = new TreeMap<>();
      data.put("path", a.path());
      data.put("expected_sha256", a.sha256());
      data.put("expected_bytes", a.bytes());
      if (!Files.isRegularFile(f)) {
        out.add(new Check(group, a.path(), Check.Status.FAILED, "missing (the manifest lists it)", "", List.of(), data));
        continue;
      }
      long size = Files.size(f);
      String sha = Sha256.of(f);
      data.put("actual_sha256", sha);
      data.put("actual_bytes", size);
      if (size != a.bytes() || !sha.equals(a.sha256())) {
        String msg = "SHA-256 " + sha + " (" + size + " bytes), the manifest records " + a.sha256() + " (" + a.bytes()
            + " bytes)";
        out.add(new Check(group, a.path(), Check.Status.FAILED, msg, "", List.of(), data));
      } else {
        out.add(new Check(group, a.path(), Check.Status.PASSED, "SHA-256 " + sha, "", List.of(), data));
      }
    }
    List<String> unlisted = new ArrayList<>();
    try (Stream<Path> s = Files.walk(runDir)) {
      for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile).sorted()::iterator) {
        String rel = runDir.relativize(f).toString().replace('\\', '/');
        if (!listed.contains(rel) && !NOT_ARTIFACTS.contains(rel) && !isCheckpoint(rel)) {
          unlisted.add(rel + (AtomicFiles.isLeftover(f) ? " (left over from an interrupted write)" : ""));
        }
      }
    }
    TreeMap<String, Object> data = new TreeMap<>();
    data.put("unlisted", unlisted);
    out.add(unlisted.isEmpty()
        ? new Check(group, "(unlisted files)", Check.Status.PASSED, "every file is in the manifest", "", List.of(), data)
        : new Check(group, "(unlisted files)", Check.Status.FAILED,
            unlisted.size() + " file(s) not in the manifest: " + String.join(", ", unlisted.subList(0, Math.min(5, unlisted.size())))
                + (unlisted.size() > 5 ? ", ..." : ""),
            String.join("\n", unlisted), List.of(), data));
    return out;
  }

  /**
   * The report's self-consistency, and each re-derivable file against its re-derivation. A run without
   * report.json (not evaluated) has nothing to check here; without a {@code derivation} (the testkit alone)
   * the re-derivation is SKIPPED, saying so.
   */
  static List<Check> report(Path runDir, ReportDerivation derivation) {
    String group = "rdrop.report";
    Path file = RunDirectory.of(runDir).reportJson();
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<Check> out = new ArrayList<>();
    JsonNode recorded;
    try {
      recorded = ManifestJson.MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      return List.of(Check.of(group, RunReport.FILE, Check.Status.ERROR, file + ": not JSON: " + e.getMessage()));
    }
    List<String> problems = new ArrayList<>();
    for (JsonNode row : recorded.path("metrics")) {
      for (String p : ReportConsistency.problems(row)) {
        problems.add("metrics[" + row.path("id").asText("?") + "]: " + p);
      }
    }
    out.add(problems.isEmpty()
        ? Check.of(group, "consistency", Check.Status.PASSED, "every delta is R-Drop minus baseline, within its interval")
        : new Check(group, "consistency", Check.Status.FAILED, RunReport.FILE + ": " + problems.get(0)
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), String.join("\n", problems),
            List.of(), null));
    if (derivation == null) {
      out.add(Check.of(group, "re-derivation", Check.Status.SKIPPED,
          "the report's re-derivation needs the rdrop pipeline on the class path (run ./rdrop check)"));
      return out;
    }
    SortedMap<String, String> derived;
    try {
      derived = derivation.derive(runDir);
    } catch (IOException | RuntimeException e) {
      out.add(Check.of(group, "re-derivation", Check.Status.ERROR, "cannot re-derive the report: " + e.getMessage()));
      return out;
    }
    for (Map.Entry<String, String> d : derived.entrySet()) {
      out.add(rederived(runDir, d.getKey(), d.getValue()));
    }
    return out;
  }

  private static Check rederived(Path runDir, String rel, String derived) {
    String group = "rdrop.report";
    String name = rel + " re-derived";
    Path f = runDir.resolve(rel);
    String onDisk;
    try {
      if (!Files.isRegularFile(f)) {
        return Check.of(group, name, Check.Status.FAILED, rel + " is missing, but the run's files re-derive it");
      }
      onDisk = Files.readString(f);
    } catch (IOException e) {
      return Check.of(group, name, Check.Status.ERROR, rel + ": " + e.getMessage());
    }
    if (onDisk.equals(derived)) {
      return Check.of(group, name, Check.Status.PASSED, "identical to its re-derivation from the run's files");
    }
    List<String> diffs = new ArrayList<>();
    if (rel.endsWith(".json")) {
      try {
        diffs = JsonDifferences.of(ManifestJson.MAPPER.readTree(onDisk), ManifestJson.MAPPER.readTree(derived));
      } catch (IOException e) {
        diffs = List.of("not JSON: " + e.getMessage());
      }
    }
    if (diffs.isEmpty()) {
      diffs = List.of("line " + firstDifferentLine(onDisk, derived) + " differs");
    }
    return new Check(group, name, Check.Status.FAILED, rel + ": " + diffs.get(0)
        + (diffs.size() > 1 ? " (and " + (diffs.size() - 1) + " more)" : ""), String.join("\n", diffs), List.of(),
        null);
  }

  /** 1-based number of the first line in which the two texts differ. */
  static int firstDifferentLine(String a, String b) {
    String[] x = a.split("\n", -1);
    String[] y = b.split("\n", -1);
    int i = 0;
    while (i < x.length && i < y.length && x[i].equals(y[i])) {
      i++;
    }
    return i + 1;
  }

  /**
   * The manifest's chain of stage records: each record's products are the artifacts' hashes, its
   * {@code previous_sha256} is the hash of the record before it, and each material still has the hash the
   * stage read (else the stage's outputs are stale: a file it read was produced again after it ran). This
   * proves the manifest is internally whole; only a signature ({@code rdrop attest}) proves who wrote it.
   */
  static Check chain(RunManifest m) {
    String group = "rdrop.artifacts";
    String name = RunDirectory.MANIFEST + " chain";
    if (m.stages().isEmpty()) {
      return Check.of(group, name, Check.Status.SKIPPED, "the manifest has no stage records");
    }
    if (m.stages().stream().allMatch(s -> s.previousSha256() == null)) {
      return Check.of(group, name, Check.Status.SKIPPED, "the manifest predates chained stage records");
    }
    java.util.Map<String, String> artifacts = new java.util.HashMap<>();
    m.artifacts().forEach(a -> artifacts.put(a.path(), a.sha256()));
    List<String> problems = new ArrayList<>();
    List<RunManifest.Stage> recomputed = m.chained().stages();
    for (int i = 0; i < m.stages().size(); i++) {
      RunManifest.Stage s = m.stages().get(i);
      RunManifest.Stage r = recomputed.get(i);
      if (!java.util.Objects.equals(s.previousSha256(), r.previousSha256())) {
        problems.add("stage " + s.name() + ": previous_sha256 is not the hash of "
            + (i == 0 ? "the identity" : "stage " + m.stages().get(i - 1).name() + "'s record")
            + " (a record was edited, removed or reordered)");
      }
      if (!s.products().equals(r.products())) {
        problems.add("stage " + s.name() + ": its products' hashes are not the artifacts' " + r.products().keySet());
      }
      s.materials().forEach((path, sha) -> {
        String now = artifacts.get(path);
        if (now != null && !now.equals(sha)) {
          problems.add("stage " + s.name() + " read " + path + " with sha256 " + abbrev(sha) + ", the run now holds "
              + abbrev(now) + " (made again after " + s.name() + " ran: its outputs are stale)");
        }
      });
    }
    return problems.isEmpty()
        ? Check.of(group, name, Check.Status.PASSED, m.stages().size() + " stage records chained from the identity; "
            + "every material is the file the run holds")
        : new Check(group, name, Check.Status.FAILED, problems.get(0)
            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), String.join("\n", problems),
            List.of(), null);
  }

  private static String abbrev(String sha) {
    return sha == null ? "null" : sha.substring(0, Math.min(16, sha.length()));
  }

  /** A curve whose golden was made on another platform class than the run, and no golden of the run's class. */
  record CrossClass(String golden, String goldenClass, String runClass) {}

  static Check curve(Path runDir, String experiment, String method, GoldenStore goldens) {
    return curve(runDir, experiment, method, goldens, new ArrayList<>());
  }

  /**
   * The curve against its golden: the golden of the run's platform class. When the experiment's golden was
   * made on another class and there is no golden for the run's ({@link GoldenStore#forClass}), nothing a
   * long curve can be compared with holds across classes (training amplifies a last-bit difference), so
   * the check is SKIPPED, saying why, and {@code across} gets the pair: the caller compares the metrics.
   */
  static Check curve(Path runDir, String experiment, String method, GoldenStore goldens, List<CrossClass> across) {
    String name = experiment + "/" + method;
    String group = "rdrop.curves." + experiment;
    String test = method + "/" + Curve.CURVE_FILE;
    Path actual = runDir.resolve(method).resolve(Curve.CURVE_FILE);
    boolean hasGolden;
    try {
      hasGolden = goldens.hasCurve(name);
    } catch (IllegalArgumentException e) {
      return Check.of(group, test, Check.Status.ERROR, e.getMessage());
    }
    boolean hasActual = Files.isRegularFile(actual);
    if (!hasGolden) {
      return Check.of(group, test, Check.Status.SKIPPED,
          "no golden " + name + " in " + goldens.root()
              + (hasActual ? " (create it with ./rdrop golden update)" : ", and the run has no " + test + " (not trained)"));
    }
    if (!hasActual) {
      return Check.of(group, test, Check.Status.FAILED, "the run has no " + test + ", but golden " + name + " exists");
    }
    try {
      GoldenCurve g = goldens.curve(name);
      RunCurve run = RunCurve.load(actual);
      String goldenClass = g.meta().platform() == null ? null : g.meta().platform().get(Fingerprint.CLASS);
      String runClass = run.fingerprint() == null ? null : run.fingerprint().get(Fingerprint.CLASS);
      if (goldenClass != null && runClass != null && !goldenClass.equals(runClass)) {
        String keyed = GoldenStore.forClass(name, runClass);
        if (!goldens.hasCurve(keyed)) {
          across.add(new CrossClass(name, goldenClass, runClass));
          return Check.of(group, test, Check.Status.SKIPPED, "golden " + name + " was made on platform class "
              + goldenClass + ", this run on " + runClass + ": curves are compared bit for bit only within a class"
              + " (no tolerance holds on a long curve across kernels), so the metrics are compared instead"
              + " (rdrop.platforms); ./rdrop golden update keeps a golden of this class as " + keyed);
        }
        g = goldens.curve(keyed);
        name = keyed;
      }
      CurveReport r = CurveComparator.compare(g, run, CurveComparison.asDeclared());
      List<String> notes = new ArrayList<>(r.notes());
      if (!r.passed()) {
        notes.addAll(notTheGoldensRun(goldens.dir(name).resolve(RunDirectory.MANIFEST),
            runDir.resolve(RunDirectory.MANIFEST)));
      }
      return new Check(group, test, r.passed() ? Check.Status.PASSED : Check.Status.FAILED, r.headline(), r.text(),
          notes, new TreeMap<>(r.toMap()));
    } catch (IOException | IllegalArgumentException e) {
      return Check.of(group, test, Check.Status.ERROR, e.getMessage());
    }
  }

  /** Differences listed in a failed curve check's note; a changed config rarely differs in more. */
  static final int CONFIG_DIFFERENCES_SHOWN = 5;

  /**
   * Why a curve may differ from its golden before any code changed: the run is not the golden's run (another
   * config, other input files, other overrides), from the manifest copied beside the golden and the run's own.
   * Empty when either manifest is missing or the two runs had the same config, inputs and overrides.
   */
  static List<String> notTheGoldensRun(Path goldenManifest, Path runManifest) throws IOException {
    if (!Files.isRegularFile(goldenManifest) || !Files.isRegularFile(runManifest)) {
      return List.of();
    }
    List<String> differences = runDifferences(ManifestJson.read(goldenManifest), ManifestJson.read(runManifest));
    if (differences.isEmpty()) {
      return List.of();
    }
    List<String> shown = differences.subList(0, Math.min(CONFIG_DIFFERENCES_SHOWN, differences.size()));
    return List.of("this run is not the golden's run, so its curve is not expected to match: "
        + String.join("; ", shown) + (differences.size() > shown.size()
            ? " (and " + (differences.size() - shown.size()) + " more)" : ""));
  }

  /**
   * Where a run's config, input files and overrides differ from the golden's run's (empty: the same run, whose
   * curve must match on one code version and platform class).
   */
  static List<String> runDifferences(RunManifest golden, RunManifest run) {
    return JsonDifferences.of(whatMakesTheRun(golden), whatMakesTheRun(run), "golden's run", "this run");
  }

  /** A manifest's config, input files and overrides: what two runs of one code version must share to match. */
  private static JsonNode whatMakesTheRun(RunManifest m) {
    ObjectNode o = ManifestJson.MAPPER.createObjectNode();
    o.set("config", m.config());
    o.set("inputs", ManifestJson.MAPPER.valueToTree(m.identity().inputs()));
    o.set("overrides", ManifestJson.MAPPER.valueToTree(m.identity().overrides()));
    return o;
  }

  /**
   * Across platform classes: each metric of the golden run's report ({@code golden/<experiment>/report.json})
   * against the run's, every score and the delta within the golden's 95% interval (the intervals the report
   * computed: over test items, and over seeds too for a seed set's report).
   */
  static List<Check> metricsAcrossClasses(Path runDir, String experiment, GoldenStore goldens, CrossClass c) {
    String group = "rdrop.platforms";
    Path goldenReport = goldens.root().resolve(experiment).resolve(RunReport.FILE);
    Path runReport = RunDirectory.of(runDir).reportJson();
    String classes = "golden made on " + c.goldenClass() + ", run on " + c.runClass();
    if (!Files.isRegularFile(goldenReport)) {
      return List.of(Check.of(group, "metrics", Check.Status.SKIPPED,
          "no golden " + experiment + "/" + RunReport.FILE + " to compare the metrics with (" + classes + ")"));
    }
    if (!Files.isRegularFile(runReport)) {
      return List.of(Check.of(group, "metrics", Check.Status.SKIPPED,
          "the run has no " + RunReport.FILE + " (not evaluated): no metrics to compare (" + classes + ")"));
    }
    org.rdrop.format.Report golden;
    org.rdrop.format.Report run;
    try {
      golden = org.rdrop.format.Report.read(goldenReport);
      run = org.rdrop.format.Report.read(runReport);
    } catch (IOException e) {
      return List.of(Check.of(group, "metrics", Check.Status.ERROR, e.getMessage()));
    }
    List<Check> out = new ArrayList<>();
    for (org.rdrop.format.Report.Metric g : golden.metrics()) {
      if (g.baselineCi95() == null && g.rdropCi95() == null && g.deltaCi95() == null) {
        continue; // a row without intervals (tokenized BLEU) has nothing to compare within
      }
      org.rdrop.format.Report.Metric r = run.metrics().stream().filter(x -> x.id().equals(g.id())).findFirst()
          .orElse(null);
      if (r == null) {
        out.add(Check.of(group, g.id(), Check.Status.FAILED, "the run's report has no metric '" + g.id()
            + "', the golden's has (" + classes + ")"));
        continue;
      }
      List<String> outside = new ArrayList<>();
      List<String> within = new ArrayList<>();
      compareWithin("baseline", r.baseline(), g.baseline(), g.baselineCi95(), outside, within);
      compareWithin("R-Drop", r.rdrop(), g.rdrop(), g.rdropCi95(), outside, within);
      compareWithin("delta", r.delta(), g.delta(), g.deltaCi95(), outside, within);
      out.add(outside.isEmpty()
          ? Check.of(group, g.id(), Check.Status.PASSED, "within the golden's 95% intervals: " + String.join("; ", within)
              + " (" + classes + ")")
          : new Check(group, g.id(), Check.Status.FAILED, "outside the golden's 95% interval: " + String.join("; ", outside)
              + " (" + classes + ")", String.join("\n", within), List.of(), null));
    }
    return out;
  }

  private static void compareWithin(String what, Double value, Double golden, List<Double> ci, List<String> outside,
      List<String> within) {
    if (ci == null || golden == null) {
      return;
    }
    String line = String.format(java.util.Locale.ROOT, "%s %s (golden %.4f, 95%% [%.4f, %.4f])", what,
        value == null ? "unknown" : String.format(java.util.Locale.ROOT, "%.4f", value), golden, ci.get(0), ci.get(1));
    if (value != null && value >= ci.get(0) && value <= ci.get(1)) {
      within.add(line);
    } else {
      outside.add(line);
    }
  }

  static List<Check> claims(Path runDir, String experiment, GoldenStore goldens) {
    String group = "rdrop.paper." + experiment;
    Claims claims;
    PublishedResults paper;
    try {
      claims = Claims.read(goldens.root(), experiment);
      if (claims == null) {
        return List.of(Check.of(group, Claims.FILE, Check.Status.SKIPPED,
            "no golden " + experiment + "/" + Claims.FILE + " in " + goldens.root() + ": no paper claim to judge"));
      }
      paper = PublishedResults.read(goldens.root());
    } catch (IOException | IllegalArgumentException e) {
      return List.of(Check.of(group, Claims.FILE, Check.Status.ERROR, e.getMessage()));
    }
    Path reportFile = RunDirectory.of(runDir).reportJson();
    RunReport report = null;
    String reportProblem = null;
    if (!Files.isRegularFile(reportFile)) {
      reportProblem = "the run has no " + RunReport.FILE + " (not evaluated), but golden " + experiment + "/"
          + Claims.FILE + " has claims";
    } else {
      try {
        report = RunReport.read(reportFile);
      } catch (IOException e) {
        reportProblem = e.getMessage();
      }
    }
    List<Check> out = new ArrayList<>();
    for (Claims.Claim c : claims.claims()) {
      String test = c.metric() + " vs " + c.published();
      if (reportProblem != null) {
        out.add(Check.of(group, test, Check.Status.FAILED, reportProblem));
        continue;
      }
      try {
        RunReport.Metric metric = report.metric(c.metric());
        if (metric == null) {
          out.add(Check.of(group, test, Check.Status.FAILED,
              reportFile + " has no metric '" + c.metric() + "' (ids: "
                  + String.join(", ", report.metrics().stream().map(RunReport.Metric::id).toList()) + ")"));
          continue;
        }
        PaperVerdict v = PaperVerdicts.judge(paper.get(c.published()), metric.measured(reportFile), c.criteria(),
            report.notConverged());
        Verdict expected = c.expectedVerdict();
        boolean ok = v.verdict().atLeast(expected);
        String message = v.headline() + (v.verdict() == expected ? " (as the golden run)"
            : ok ? " (better than the golden run's " + expected.label() + ": update the claims golden)"
            : " (REGRESSED: the golden run was " + expected.label() + ")");
        TreeMap<String, Object> data = new TreeMap<>(v.toMap());
        data.put("expected", expected.label());
        List<String> notes = v.verdict() != expected && ok
            ? List.of("verdict " + v.verdict().label() + " is better than the golden's " + expected.label())
            : List.of();
        out.add(new Check(group, test, ok ? Check.Status.PASSED : Check.Status.FAILED, message,
            v.text() + "  why this claim: " + c.why(), notes, data));
      } catch (IllegalArgumentException e) {
        out.add(Check.of(group, test, Check.Status.ERROR, e.getMessage()));
      }
    }
    return out;
  }
}
