package org.rdrop.testkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.Curve;
import org.rdrop.format.Fingerprint;
import org.rdrop.format.GoldenIndex;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.RunCurve;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.SeedSetDirectory;
import org.rdrop.format.SeedSetManifest;
import org.rdrop.testkit.compare.CurveComparator;
import org.rdrop.testkit.compare.CurveComparison;
import org.rdrop.testkit.compare.GoldenCurve;
import org.rdrop.testkit.compare.GoldenStore;
import org.rdrop.testkit.verdict.Check;
import org.rdrop.testkit.verdict.CheckReport;
import org.rdrop.testkit.verdict.Claims;
import org.rdrop.testkit.verdict.PublishedResults;
import org.rdrop.testkit.verdict.RunChecks;
import org.rdrop.testkit.verdict.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rdrop golden update|accept|verify}: the golden folder's maintenance, always with a reason. */
@Command(
    name = "golden",
    mixinStandardHelpOptions = true,
    description = "Update, accept edits to, and verify golden files (golden/README.md).",
    subcommands = {GoldenCommand.Update.class, GoldenCommand.Accept.class, GoldenCommand.Verify.class})
public final class GoldenCommand implements Runnable {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The CLI twin of {@code -Dgolden.update=true}. */
  @Command(
      name = "update",
      mixinStandardHelpOptions = true,
      description = {
        "Rewrite golden/<experiment>/<method>/ from a finished run: its " + Curve.CURVE_FILE + " (and "
            + Curve.VALID_FILE + "), " + RunDirectory.MANIFEST,
        "and " + MethodDirectory.RUN_JSON
            + "; the reason and the run's manifest go into the golden's history, and its lines of",
        "golden/SHA256SUMS are re-recorded. The run's " + RunDirectory.REPORT_JSON + ", when it has one, becomes",
        "golden/<experiment>/" + RunDirectory.REPORT_JSON
            + " (the golden run's metrics). Prints how the run compared with the old golden.",
        "A seed set's runs become golden/<experiment>/seed-<s>/<method>/ (--seed picks some of them)."
      })
  public static final class Update implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "The run directory the goldens come from.")
    Path runDir;

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
        description = "Why the goldens change (recorded in their history).")
    String reason;

    @Option(names = "--method", paramLabel = "METHOD",
        description = "baseline or rdrop; repeatable (default: every method the run has a curve for).")
    List<String> methods = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "SEED",
        description = "For a seed set: only this seed's run (repeatable); the set's report.json is then not copied,"
            + " since it covers seeds not recorded (default: every seed, and the set's report).")
    List<Long> seeds = new ArrayList<>();

    @Mixin GoldenDirOption goldenDir;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("--reason is empty: say why the goldens change");
      }
      GoldenStore store = goldenDir.store();
      PrintWriter out = spec.commandLine().getOut();
      String experiment;
      int updated = 0;
      if (SeedSetDirectory.isSeedSet(runDir)) {
        // A seed set: each seed's run under <experiment>/seed-<s>/, the set's report as the experiment's.
        SeedSetManifest set = SeedSetDirectory.of(runDir).readManifest();
        experiment = set.experiment();
        List<Long> inSet = set.runs().stream().map(SeedSetManifest.Run::seed).toList();
        for (Long s : seeds) {
          if (!inSet.contains(s)) {
            throw new IllegalArgumentException("--seed " + s + ": " + runDir.resolve(SeedSetDirectory.SEED_SET_JSON)
                + " has no run of that seed (its seeds: " + inSet + ")");
          }
        }
        for (SeedSetManifest.Run r : set.runs()) {
          if (seeds.isEmpty() || seeds.contains(r.seed())) {
            updated += updateCurves(store, runDir.resolve(r.run()), experiment + "/" + r.run(), out);
          }
        }
      } else {
        if (!seeds.isEmpty()) {
          throw new IllegalArgumentException("--seed: " + runDir + " is one run, not a seed set (no "
              + SeedSetDirectory.SEED_SET_JSON + ")");
        }
        experiment = ManifestJson.read(RunDirectory.of(runDir).manifest()).experiment();
        updated = updateCurves(store, runDir, experiment, out);
      }
      if (updated == 0) {
        throw new IOException(runDir + ": no " + String.join(" or ", RunChecks.METHODS.stream()
            .map(m -> m + "/" + Curve.CURVE_FILE).toList()) + " to take goldens from (not trained yet?)");
      }
      Path report = RunDirectory.of(runDir).reportJson();
      if (!seeds.isEmpty()) {
        out.printf("golden %s/%s left as it is: the set's report covers seeds not recorded%n", experiment,
            RunReport.FILE);
      } else if (Files.isRegularFile(report)) {
        RunReport.read(report); // refuse a report that would not read back
        String rel = experiment + "/" + RunReport.FILE;
        AtomicFiles.write(store.root().resolve(rel), o -> Files.copy(report, o));
        GoldenIndex.record(store.root(), rel);
        out.printf("golden %s copied from %s%n", rel, report);
      }
      out.printf("reason recorded: %s%nReview and commit golden/ (the SHA256SUMS diff shows what changed).%n", reason);
      out.flush();
      return 0;
    }

    /**
     * The chosen methods' curves of one run as goldens {@code <prefix>/<method>}; a run of another platform
     * class than an existing golden's goes to that class's golden ({@link GoldenStore#forClass}), leaving the
     * other class's as it is. Returns how many were written.
     */
    private int updateCurves(GoldenStore store, Path run, String prefix, PrintWriter out) throws IOException {
      List<String> chosen = methods.isEmpty() ? RunChecks.METHODS : methods;
      int updated = 0;
      for (String method : chosen) {
        if (!RunChecks.METHODS.contains(method)) {
          throw new IllegalArgumentException("--method " + method + ": expected one of " + RunChecks.METHODS);
        }
        Path curve = run.resolve(method).resolve(Curve.CURVE_FILE);
        if (!Files.isRegularFile(curve)) {
          if (!methods.isEmpty()) {
            throw new IOException(curve + ": no such file");
          }
          continue;
        }
        String name = prefix + "/" + method;
        RunCurve actual = RunCurve.load(curve);
        if (store.hasCurve(name)) {
          java.util.Map<String, String> was = GoldenCurve.read(store.dir(name), name).meta().platform();
          String goldenClass = was == null ? null : was.get(Fingerprint.CLASS);
          String runClass = actual.fingerprint() == null ? null : actual.fingerprint().get(Fingerprint.CLASS);
          if (goldenClass != null && runClass != null && !goldenClass.equals(runClass)) {
            out.printf("golden %s was made on platform class %s; this run is %s, so it becomes %s%n", name,
                goldenClass, runClass, GoldenStore.forClass(name, runClass));
            name = GoldenStore.forClass(name, runClass);
          }
        }
        String before = store.hasCurve(name)
            ? CurveComparator.compare(GoldenCurve.read(store.dir(name), name), actual, CurveComparison.asDeclared())
                .headline()
            : "(new golden)";
        store.update(name, actual, reason);
        out.printf("golden %s rewritten from %s%n  before: %s%n", name, curve, before);
        updated++;
      }
      return updated;
    }
  }

  /** Blesses hand edits (e.g. a loosened tolerance in golden.json) after checking they still read. */
  @Command(
      name = "accept",
      mixinStandardHelpOptions = true,
      description = {
        "Accept hand edits to a golden: NAME is <experiment>/<method> (its history records the reason),",
        "<experiment>/claims (golden/<experiment>/claims.json) or 'paper' (golden/paper/); for the last two put",
        "the reason in the commit message. Re-records only its SHA256SUMS lines."
      })
  public static final class Accept implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "<experiment>/<method>, <experiment>/claims, or paper.")
    String name;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the golden was edited.")
    String reason;

    @Mixin GoldenDirOption goldenDir;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (reason.isBlank()) {
        throw new IllegalArgumentException("--reason is empty: say why the golden was edited");
      }
      GoldenStore store = goldenDir.store();
      List<String> changed;
      if (name.equals("paper")) {
        PublishedResults.readFile(store.root().resolve(PublishedResults.PATH));
        changed = GoldenIndex.record(store.root(), "paper/");
      } else if (name.endsWith("/claims")) {
        String experiment = GoldenStore.checkName(name).substring(0, name.length() - "/claims".length());
        String rel = experiment + "/" + Claims.FILE;
        Claims.readFile(store.root().resolve(rel), experiment);
        changed = GoldenIndex.record(store.root(), rel);
      } else {
        changed = store.accept(name, reason);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf("accepted %s (%s); SHA256SUMS lines changed: %s%n", name, reason,
          changed.isEmpty() ? "none" : String.join(", ", changed));
      out.flush();
      return 0;
    }
  }

  /** Every golden file against SHA256SUMS, and every golden readable. */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Check every golden file against golden/SHA256SUMS and that each golden reads. Exit 0 or 1.")
  public static final class Verify implements Callable<Integer> {
    @Mixin GoldenDirOption goldenDir;
    @Mixin OutputOptions output;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      GoldenStore store = goldenDir.store();
      CheckReport report = verify(store);
      output.print(report, spec.commandLine().getOut(), null);
      return report.passed() ? 0 : 1;
    }
  }

  static CheckReport verify(GoldenStore store) throws IOException {
    Path root = store.root();
    if (!Files.isDirectory(root)) {
      throw new IOException(root + ": no golden folder");
    }
    List<Check> checks = new ArrayList<>();
    for (GoldenIndex.Problem p : GoldenIndex.verify(root, "")) {
      checks.add(Check.of("rdrop.golden.files", p.path(), Check.Status.FAILED, p.detail()));
    }
    if (checks.isEmpty()) {
      checks.add(Check.of("rdrop.golden.files", GoldenIndex.FILE, Check.Status.PASSED,
          GoldenIndex.files(root).size() + " files match"));
    }
    if (Files.isRegularFile(root.resolve(PublishedResults.PATH))) {
      checks.add(readable("paper", () -> PublishedResults.readFile(root.resolve(PublishedResults.PATH)).results().size()
          + " published results"));
    }
    for (String f : GoldenIndex.files(root)) {
      if (f.endsWith("/" + Claims.FILE) && f.indexOf('/') == f.length() - Claims.FILE.length() - 1) {
        String experiment = f.substring(0, f.indexOf('/'));
        checks.add(readable(f, () -> Claims.readFile(root.resolve(f), experiment).claims().size() + " claims"));
      }
      if (f.endsWith("/" + GoldenCurve.META_FILE)) {
        String name = f.substring(0, f.length() - GoldenCurve.META_FILE.length() - 1);
        checks.add(readable(name, () -> GoldenCurve.read(store.dir(name), name).rows().size() + " steps"));
      }
    }
    return new CheckReport("rdrop golden verify " + root, checks);
  }

  private interface Reading {
    String read() throws IOException;
  }

  private static Check readable(String name, Reading r) {
    try {
      return Check.of("rdrop.golden.read", name, Check.Status.PASSED, r.read());
    } catch (IOException | IllegalArgumentException e) {
      return Check.of("rdrop.golden.read", name, Check.Status.ERROR, e.getMessage());
    }
  }
}
