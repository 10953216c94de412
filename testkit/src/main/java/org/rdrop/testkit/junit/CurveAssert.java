package org.rdrop.testkit.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.rdrop.testkit.compare.CurveComparator;
import org.rdrop.testkit.compare.CurveComparison;
import org.rdrop.testkit.compare.CurveReport;
import org.rdrop.testkit.compare.GoldenCurve;
import org.rdrop.testkit.compare.GoldenStore;
import org.rdrop.testkit.compare.Mode;
import org.rdrop.testkit.compare.Tolerance;
import org.rdrop.format.RunCurve;

/**
 * Fluent assertions on a loss curve, in the AssertJ style: configure, then assert; a failure throws an
 * {@link AssertionError} whose message is the comparison's whole story. Notes (e.g. an exact comparison that
 * fell back to a tolerance on another platform) are reported even when the assertion passes.
 *
 * <pre>{@code
 * assertThatCurve(runDir.resolve("rdrop/curve.tsv")).matchesGolden("bible-en-es/rdrop");
 * assertThatCurve(actual).inMode(Mode.TOLERANCE).withTolerance(0, 1e-6, 4).matchesGolden("smoke/baseline");
 * }</pre>
 */
public final class CurveAssert {
  private final RunCurve actual;
  private final GoldenStore store;
  private final String updateReason;
  private final Consumer<String> reporter;
  private CurveComparison how = CurveComparison.asDeclared();
  private CurveReport lastReport;

  /**
   * @param store the golden folder, or null to locate it ({@link GoldenStore#locate})
   * @param updateReason non-null only when bound to a {@link GoldenExtension} in update mode
   * @param reporter where notes go
   */
  CurveAssert(RunCurve actual, GoldenStore store, String updateReason, Consumer<String> reporter) {
    this.actual = actual;
    this.store = store;
    this.updateReason = updateReason;
    this.reporter = reporter;
  }

  /** Compare in this mode instead of the golden's declared one. */
  public CurveAssert inMode(Mode mode) {
    how = how.withMode(mode);
    return this;
  }

  /** {@code exact}, {@code tolerance} or {@code trend}. */
  public CurveAssert inMode(String mode) {
    return inMode(Mode.parse(mode));
  }

  /** Bounds for tolerance mode (and for exact mode's fallback on another platform). */
  public CurveAssert withTolerance(Tolerance tolerance) {
    how = how.withTolerance(tolerance);
    return this;
  }

  public CurveAssert withTolerance(double atol, double rtol, long ulp) {
    return withTolerance(new Tolerance(atol, rtol, ulp));
  }

  /** Band and window of trend mode. */
  public CurveAssert withTrend(Tolerance band, int window) {
    how = how.withTrend(band, window);
    return this;
  }

  /** Only these float columns (tolerance and trend mode). */
  public CurveAssert onColumns(String... columns) {
    how = how.withColumns(List.of(columns));
    return this;
  }

  /**
   * Compares with golden {@code <experiment>/<method>}. Under {@link GoldenExtension} with
   * {@code -Dgolden.update=true}, rewrites the golden from this curve instead (recording the reason and the
   * run's manifest) and reports what changed.
   */
  public CurveAssert matchesGolden(String name) {
    GoldenStore s = store != null ? store : GoldenStore.locate();
    try {
      if (updateReason != null) {
        update(s, name);
        return this;
      }
      if (!s.hasCurve(name)) {
        throw new AssertionError("no golden curve '" + name + "' in " + s.root()
            + ": create it with -Dgolden.update=true -Dgolden.reason=... under GoldenExtension, or ./rdrop golden update"
            + ignoredUpdateHint());
      }
      return matches(s.curve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /** Compares with a golden curve already read. */
  public CurveAssert matches(GoldenCurve golden) {
    lastReport = CurveComparator.compare(golden, actual, how);
    lastReport.notes().forEach(n -> reporter.accept(golden.name() + ": " + n));
    if (!lastReport.passed()) {
      throw new AssertionError(lastReport.text() + ignoredUpdateHint());
    }
    return this;
  }

  /**
   * Compares with another run's curve (e.g. a rerun of the same experiment), which plays the golden: its
   * platform fingerprint and nothing else is declared.
   */
  public CurveAssert matchesCurve(RunCurve expected) {
    GoldenCurve.Meta bare = GoldenCurve.Meta.bare(expected.label());
    GoldenCurve.Meta meta = new GoldenCurve.Meta(bare.format(), bare.name(), bare.mode(), expected.fingerprint(),
        null, null, null, List.of());
    return matches(new GoldenCurve(expected.label(), expected.rows(), meta));
  }

  /** The report of the last comparison (null before one ran, or after an update). */
  public CurveReport report() {
    return lastReport;
  }

  private void update(GoldenStore s, String name) throws IOException {
    String before = "new golden";
    if (s.hasCurve(name)) {
      CurveReport r = CurveComparator.compare(GoldenCurve.read(s.dir(name), name), actual, how);
      before = "before the update: " + r.headline();
    }
    try {
      s.update(name, actual, updateReason);
    } catch (IllegalArgumentException e) {
      throw new AssertionError(e.getMessage(), e);
    }
    RunCurve.Origin o = actual.origin();
    reporter.accept("golden " + name + " rewritten from " + actual.label() + " (manifest " + o.manifestIdentity()
        + ", code " + o.codeVersion() + "), reason: " + updateReason + "; " + before);
  }

  private String ignoredUpdateHint() {
    boolean requested;
    try {
      requested = GoldenExtension.updateRequested();
    } catch (IllegalArgumentException e) {
      requested = false;
    }
    return updateReason == null && requested
        ? "\n(golden.update is set, but this assertion is not bound to GoldenExtension's Goldens parameter, so it"
            + " only compares)"
        : "";
  }
}
