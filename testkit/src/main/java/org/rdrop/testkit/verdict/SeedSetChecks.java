package org.rdrop.testkit.verdict;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.RunMarker;
import org.rdrop.format.SeedSetDirectory;
import org.rdrop.format.SeedSetManifest;
import org.rdrop.format.Sha256;
import org.rdrop.testkit.compare.GoldenStore;

/**
 * Every check of a seed set ({@code ./rdrop check SET_DIR}): each seed's run is checked as a run is
 * ({@link RunChecks}: artifacts, chain, its report re-derived; curves against
 * {@code golden/<experiment>/seed-<s>/<method>/} when such a golden exists), its manifest against the SHA-256
 * seed-set.json records, the set's report re-derived from the runs, nothing at the set's top level that
 * rdrop did not write, and the paper claims judged on the set's report (means over seeds, tested over seeds
 * and test items). Check names of a seed's run start with its directory ({@code seed-2/...}).
 */
public final class SeedSetChecks {
  private SeedSetChecks() {}

  public static CheckReport run(Path setDir, GoldenStore goldens) throws IOException {
    SeedSetDirectory dir = SeedSetDirectory.of(setDir);
    SeedSetManifest set = dir.readManifest();
    ReportDerivation derivation = ReportDerivation.find().orElse(null);
    List<Check> checks = new ArrayList<>();
    Set<String> own = new TreeSet<>(Set.of(RunMarker.FILE, SeedSetDirectory.SEED_SET_JSON, RunDirectory.CHECKS_XML));
    own.addAll(RunDirectory.REPORT_FILES);
    List<RunChecks.CrossClass> across = new ArrayList<>();
    for (SeedSetManifest.Run r : set.runs()) {
      own.add(r.run());
      RunDirectory run = dir.seed(r.seed());
      String group = "rdrop.seeds";
      if (!Files.isRegularFile(run.manifest())) {
        checks.add(Check.of(group, r.run(), Check.Status.FAILED,
            r.run() + "/" + RunDirectory.MANIFEST + " is missing; " + SeedSetDirectory.SEED_SET_JSON + " records it"));
        continue;
      }
      String sha = Sha256.of(run.manifest());
      checks.add(sha.equals(r.manifestSha256())
          ? Check.of(group, r.run(), Check.Status.PASSED, "seed " + r.seed() + ": the run "
              + SeedSetDirectory.SEED_SET_JSON + " records")
          : Check.of(group, r.run(), Check.Status.FAILED, r.run() + "/" + RunDirectory.MANIFEST + ": SHA-256 " + sha
              + ", " + SeedSetDirectory.SEED_SET_JSON + " records " + r.manifestSha256()
              + " (the run changed after the set's report was written)"));
      RunManifest m = run.readManifest();
      List<Check> ofRun = new ArrayList<>(RunChecks.artifacts(run.root(), m));
      ofRun.add(RunChecks.chain(m));
      ofRun.addAll(RunChecks.report(run.root(), derivation));
      for (String method : RunChecks.METHODS) {
        ofRun.add(RunChecks.curve(run.root(), goldenOf(goldens, set.experiment(), r.run(), method, m), method, goldens,
            across));
      }
      ofRun.forEach(c -> checks.add(new Check(c.group(), r.run() + "/" + c.name(), c.status(), c.message(), c.details(),
          c.notes(), c.data())));
    }
    checks.add(topLevel(setDir, own));
    checks.addAll(RunChecks.report(setDir, derivation));
    if (!across.isEmpty()) {
      checks.addAll(RunChecks.metricsAcrossClasses(setDir, set.experiment(), goldens, across.get(0)));
    }
    checks.addAll(RunChecks.claims(setDir, set.experiment(), goldens));
    return new CheckReport("rdrop check " + set.experiment() + " seed set " + set.identity().shortHash(), checks);
  }

  /**
   * The golden a seed's curve is compared with: {@code <experiment>/seed-<s>} when the store has it; else the
   * experiment's one-run golden ({@code <experiment>/<method>}) when that golden's run had this run's config
   * and inputs (the seed the experiment file names: the set's run of it is that run, byte for byte), so that
   * a suite's translation set is checked bit for bit against the default's golden; else the seed's own name,
   * which the curve check reports as missing.
   */
  static String goldenOf(GoldenStore goldens, String experiment, String run, String method, RunManifest m)
      throws IOException {
    String own = experiment + "/" + run;
    try {
      if (goldens.hasCurve(own + "/" + method) || !goldens.hasCurve(experiment + "/" + method)) {
        return own;
      }
    } catch (IllegalArgumentException e) {
      return own; // not a golden name (an edited seed-set.json): the curve check reports it as an error
    }
    Path made = goldens.dir(experiment + "/" + method).resolve(RunDirectory.MANIFEST);
    if (!Files.isRegularFile(made)) {
      return own;
    }
    return RunChecks.runDifferences(ManifestJson.read(made), m).isEmpty() ? experiment : own;
  }

  /** The set's top level holds only what rdrop writes there. */
  private static Check topLevel(Path setDir, Set<String> own) throws IOException {
    List<String> foreign = new ArrayList<>();
    try (Stream<Path> s = Files.list(setDir)) {
      s.map(p -> p.getFileName().toString()).filter(n -> !own.contains(n)).sorted().forEach(foreign::add);
    }
    return foreign.isEmpty()
        ? Check.of("rdrop.seeds", "(unlisted files)", Check.Status.PASSED, "the set holds only its runs and reports")
        : Check.of("rdrop.seeds", "(unlisted files)", Check.Status.FAILED,
            foreign.size() + " entr(ies) the set does not record: " + String.join(", ", foreign));
  }
}
