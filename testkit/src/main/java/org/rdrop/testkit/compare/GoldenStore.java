package org.rdrop.testkit.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.Curve;
import org.rdrop.format.Fingerprint;
import org.rdrop.format.GoldenIndex;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.RunCurve;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.RunManifest;
import org.rdrop.format.Sha256;

/**
 * The golden/ folder: reads golden curves after checking them against {@code SHA256SUMS}, and rewrites
 * them from a run, on request and with a reason.
 */
public final class GoldenStore {
  /** System property naming the golden folder (tests, CI). */
  public static final String DIR_PROPERTY = "golden.dir";

  /**
   * {@code <experiment>/<method>}; {@code <experiment>/seed-<s>/<method>} for one seed's run of a seed set;
   * either with {@code /class-<platform class>} before the method for a golden of another platform class
   * than the experiment's first one.
   */
  private static final Pattern NAME =
      Pattern.compile("[a-z0-9][a-z0-9._-]*(/seed-[0-9]+)?(/class-[a-z0-9._-]+)?/[a-z0-9][a-z0-9._-]*");

  /**
   * The golden {@code name} ({@code <experiment>[/seed-<s>]/<method>}) kept for runs of {@code platformClass}
   * when the golden under {@code name} itself was made on another class.
   */
  public static String forClass(String name, String platformClass) {
    int slash = name.lastIndexOf('/');
    return name.substring(0, slash) + "/class-" + Fingerprint.classSlug(platformClass) + name.substring(slash);
  }

  /** Defaults of a golden created by its first update; the team tightens or loosens them in golden.json. */
  static final Tolerance DEFAULT_FALLBACK = new Tolerance(1e-6, 1e-3, 0);

  static final Tolerance DEFAULT_TREND_BAND = Tolerance.relative(0.02);

  /** A fifth of the curve, at most 100 steps: the final stretch of training, long enough to average out noise. */
  static TrendSpec defaultTrend(int steps) {
    return new TrendSpec(List.of("loss", "nll"), Math.min(100, Math.max(1, steps / 5)), DEFAULT_TREND_BAND);
  }

  private final Path root;

  public GoldenStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /**
   * The golden folder: {@code -Dgolden.dir}, else {@code <rdrop.home>/golden} (the launcher sets
   * rdrop.home), else the nearest {@code golden/} holding a SHA256SUMS in the working directory or above
   * (a Maven module's tests run one level below the repository).
   */
  public static GoldenStore locate() {
    String dir = System.getProperty(DIR_PROPERTY);
    if (dir != null && !dir.isBlank()) {
      return new GoldenStore(Path.of(dir));
    }
    String home = System.getProperty("rdrop.home");
    if (home != null && !home.isBlank()) {
      return new GoldenStore(Path.of(home, "golden"));
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("golden").resolve(GoldenIndex.FILE))) {
        return new GoldenStore(p.resolve("golden"));
      }
    }
    return new GoldenStore(Path.of("golden"));
  }

  /** {@code <experiment>/<method>}, lower-case names, no path tricks. */
  public static String checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "golden name '" + name + "' is not <experiment>[/seed-<s>][/class-<platform>]/<method>"
              + " (lower-case letters, digits, '.', '_', '-')");
    }
    return name;
  }

  public Path dir(String name) {
    return root.resolve(checkName(name));
  }

  public boolean hasCurve(String name) {
    return Files.isRegularFile(dir(name).resolve(GoldenCurve.META_FILE));
  }

  /** Problems of one golden's files against SHA256SUMS; empty when intact. */
  public List<GoldenIndex.Problem> integrity(String name) throws IOException {
    return GoldenIndex.verify(root, checkName(name) + "/");
  }

  /** Reads a golden curve, refusing one whose files do not match SHA256SUMS. */
  public GoldenCurve curve(String name) throws IOException {
    Path dir = dir(name);
    if (!hasCurve(name)) {
      throw new IOException("no golden curve '" + name + "' (" + dir.resolve(GoldenCurve.META_FILE) + " missing)");
    }
    List<GoldenIndex.Problem> problems = integrity(name);
    if (!problems.isEmpty()) {
      throw new IOException(
          "golden '" + name + "' does not match " + root.resolve(GoldenIndex.FILE) + ": "
              + String.join("; ", problems.stream().map(Object::toString).toList())
              + ". Goldens change only through an update with a reason (golden/README.md).");
    }
    GoldenCurve g = GoldenCurve.read(dir, name);
    if (!name.equals(g.meta().name())) {
      throw new IOException(dir.resolve(GoldenCurve.META_FILE) + ": field name is '" + g.meta().name()
          + "', but the golden lives at '" + name + "'");
    }
    return g;
  }

  /**
   * Rewrites golden {@code name} from {@code actual}: copies its curve.tsv byte for byte, its run's
   * manifest.json and the trainer's run.json, writes golden.json (keeping the declared mode, fallback
   * tolerance and trend of the previous version, appending to its history) and re-records this golden's
   * lines of SHA256SUMS, and only those.
   *
   * @param reason why the golden changes; required
   */
  public GoldenCurve update(String name, RunCurve actual, String reason) throws IOException {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("updating golden '" + name + "' needs a reason (why does it change?)");
    }
    RunCurve.Origin o = actual.origin();
    if (o == null) {
      throw new IllegalArgumentException(
          "cannot update golden '" + name + "' from " + actual.label()
              + ": no run manifest found for it (a golden records the run it came from; use <run>/<method>/"
              + Curve.CURVE_FILE + ")");
    }
    Path dir = dir(name);
    GoldenCurve.Meta previous = null;
    if (hasCurve(name)) {
      previous = GoldenCurve.read(dir, name).meta();
    }
    Path source = Path.of(actual.label());
    byte[] curveBytes = Files.readAllBytes(source);
    // The bytes must be the curve that was judged: re-parse them rather than trusting the file did not change.
    if (!Curve.parse(source.toString(), new String(curveBytes, java.nio.charset.StandardCharsets.UTF_8))
        .equals(actual.rows())) {
      throw new IOException(source + " changed since it was read");
    }
    String curveSha = Sha256.of(curveBytes);
    // A curve the run's manifest lists must be the one it lists: a golden never comes from an edited run.
    String listedPath = o.method() + "/" + Curve.CURVE_FILE;
    for (RunManifest.Artifact a : ManifestJson.read(o.manifestFile()).artifacts()) {
      if (a.path().equals(listedPath) && !a.sha256().equals(curveSha)) {
        throw new IOException(source + ": SHA-256 " + curveSha + ", but " + o.manifestFile() + " records "
            + a.sha256() + " for " + listedPath + ": the curve changed after the run");
      }
    }
    Files.createDirectories(dir);
    AtomicFiles.write(dir.resolve(Curve.CURVE_FILE), curveBytes);
    copy(o.manifestFile(), dir.resolve(RunDirectory.MANIFEST));
    if (o.runJsonFile() != null) {
      copy(o.runJsonFile(), dir.resolve(MethodDirectory.RUN_JSON));
    } else {
      Files.deleteIfExists(dir.resolve(MethodDirectory.RUN_JSON));
    }
    Path valid = source.toAbsolutePath().getParent().resolve(Curve.VALID_FILE);
    if (Files.isRegularFile(valid)) {
      Curve.readValid(valid);
      copy(valid, dir.resolve(Curve.VALID_FILE));
    } else {
      Files.deleteIfExists(dir.resolve(Curve.VALID_FILE));
    }
    List<GoldenCurve.Update> history = new ArrayList<>(previous == null ? List.of() : previous.history());
    history.add(new GoldenCurve.Update("run", reason.strip(), o.manifestIdentity(), o.codeVersion(), curveSha));
    GoldenCurve.Meta meta =
        new GoldenCurve.Meta(
            GoldenCurve.FORMAT,
            name,
            previous == null ? Mode.EXACT.label() : previous.mode(),
            actual.fingerprint(),
            previous == null ? DEFAULT_FALLBACK : previous.fallbackTolerance(),
            previous == null ? defaultTrend(actual.rows().size()) : previous.trend(),
            new GoldenCurve.Source(
                o.experiment(), o.method(), o.manifestIdentity(), o.codeVersion(), o.runIdentity(), curveSha,
                actual.rows().size()),
            history);
    AtomicFiles.writeString(dir.resolve(GoldenCurve.META_FILE), ManifestJson.toJson(meta));
    GoldenIndex.record(root, name + "/");
    return GoldenCurve.read(dir, name);
  }

  /**
   * Accepts hand edits to golden {@code name} (e.g. a loosened fallback tolerance in golden.json): checks
   * that the golden still reads, appends the reason to its history and re-records its lines of SHA256SUMS.
   * Returns the paths whose hashes changed.
   */
  public List<String> accept(String name, String reason) throws IOException {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("accepting edits to golden '" + name + "' needs a reason");
    }
    if (!hasCurve(name)) {
      throw new IOException("no golden curve '" + name + "' (" + dir(name).resolve(GoldenCurve.META_FILE) + " missing)");
    }
    Path dir = dir(name);
    GoldenCurve g = GoldenCurve.read(dir, name);
    GoldenCurve.Meta m = g.meta();
    String curveSha = Sha256.of(dir.resolve(Curve.CURVE_FILE));
    List<GoldenCurve.Update> history = new ArrayList<>(m.history());
    String manifest = m.source() == null ? null : m.source().manifestIdentity();
    String code = m.source() == null ? null : m.source().codeVersion();
    history.add(new GoldenCurve.Update("edit", reason.strip(), manifest, code, curveSha));
    GoldenCurve.Meta next =
        new GoldenCurve.Meta(m.format(), name, m.mode(), m.platform(), m.fallbackTolerance(), m.trend(), m.source(),
            history);
    AtomicFiles.writeString(dir.resolve(GoldenCurve.META_FILE), ManifestJson.toJson(next));
    return GoldenIndex.record(root, name + "/");
  }

  private static void copy(Path from, Path to) throws IOException {
    AtomicFiles.write(to, out -> Files.copy(from, out));
  }
}
