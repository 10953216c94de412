package org.rdrop.testkit.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.rdrop.format.Curve;
import org.rdrop.format.Fingerprint;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.RunCurve;

/** Compares a loss curve with its golden in exact, tolerance or trend mode. */
public final class CurveComparator {
  /** Rows shown on each side of the first divergence. */
  static final int CONTEXT = 3;

  private CurveComparator() {}

  public static CurveReport compare(GoldenCurve golden, RunCurve actual, CurveComparison how) {
    GoldenCurve.Meta meta = golden.meta();
    Mode requested = how.mode() != null ? how.mode() : meta.defaultMode();
    Tolerance tolerance = how.tolerance() != null ? how.tolerance() : meta.fallbackTolerance();
    List<String> notes = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Mode applied = requested;

    if (requested == Mode.EXACT) {
      SortedMap<String, String> was = meta.platform();
      SortedMap<String, String> now = actual.fingerprint();
      if (was == null) {
        notes.add("the golden records no platform fingerprint: bit-exactness is assumed");
      } else if (now == null) {
        notes.add("the platform fingerprint of " + actual.label()
            + " is unknown (no " + MethodDirectory.RUN_JSON + " beside it): bit-exactness is assumed");
      } else {
        List<String> diff = Fingerprint.numericDifferences(was, now);
        if (!diff.isEmpty()) {
          String where = "platform fingerprint differs from the golden's (" + String.join("; ", diff)
              + "): bit-exactness is not expected across platforms";
          if (tolerance == null) {
            notes.add(where + ", and the golden declares no fallback tolerance");
            failures.add("cannot judge: another platform, and no fallback tolerance declared in "
                + golden.name() + "/" + GoldenCurve.META_FILE);
            return new CurveReport(golden.name(), actual.label(), requested, requested, false, notes, failures,
                golden.rows().size(), actual.rows().size(), null, List.of(), 0, 0, null, null, List.of(), List.of());
          }
          notes.add(where + ", so this is a tolerance comparison with "
              + (how.tolerance() != null ? "the given" : "the golden's declared fallback") + " tolerance ("
              + tolerance.describe() + ")");
          applied = Mode.TOLERANCE;
        }
      }
    }
    return switch (applied) {
      case EXACT -> stepwise(golden, actual, requested, Mode.EXACT, null, Curve.FLOAT_COLUMNS, notes, failures);
      case TOLERANCE -> {
        if (tolerance == null) {
          throw new IllegalArgumentException(
              "tolerance mode needs bounds: golden " + golden.name()
                  + " declares no fallback tolerance; give --rtol/--atol/--ulp");
        }
        List<String> cols = how.columns().isEmpty() ? Curve.FLOAT_COLUMNS : how.columns();
        yield stepwise(golden, actual, requested, Mode.TOLERANCE, tolerance, cols, notes, failures);
      }
      case TREND -> trend(golden, actual, how, notes, failures);
    };
  }

  private static CurveReport stepwise(
      GoldenCurve golden, RunCurve actual, Mode requested, Mode applied, Tolerance tol, List<String> cols,
      List<String> notes, List<String> failures) {
    List<Curve.Row> g = golden.rows();
    List<Curve.Row> a = actual.rows();
    int n = Math.min(g.size(), a.size());

    // The batch columns say which data each step saw; if they differ the curves are not the same run.
    int countSteps = 0;
    String countFirst = null;
    for (int i = 0; i < n; i++) {
      for (String c : Curve.COUNT_COLUMNS) {
        if (g.get(i).count(c) != a.get(i).count(c)) {
          if (countFirst == null) {
            countFirst = String.format(Locale.ROOT, "batch column %s differs from row %d on (expected %d, actual %d)",
                c, i + 1, g.get(i).count(c), a.get(i).count(c));
          }
          countSteps++;
          break;
        }
      }
    }

    int[] differing = new int[cols.size()];
    int[] notIdentical = new int[cols.size()];
    CurveReport.Difference[] largestAbs = new CurveReport.Difference[cols.size()];
    CurveReport.Difference first = null;
    int firstColumn = -1;
    int firstRow = -1;
    CurveReport.Difference largest = null;
    int differingSteps = 0;
    int notIdenticalSteps = 0;
    for (int i = 0; i < n; i++) {
      boolean rowDiffers = false;
      boolean rowNotIdentical = false;
      for (int c = 0; c < cols.size(); c++) {
        double e = g.get(i).value(cols.get(c));
        double v = a.get(i).value(cols.get(c));
        if (Double.doubleToRawLongBits(e) == Double.doubleToRawLongBits(v)) {
          continue;
        }
        rowNotIdentical = true;
        notIdentical[c]++;
        CurveReport.Difference d = new CurveReport.Difference(a.get(i).step(), cols.get(c), e, v);
        if (largestAbs[c] == null || bigger(d.absolute(), largestAbs[c].absolute())) {
          largestAbs[c] = d;
        }
        if (largest == null || bigger(d.relative(), largest.relative())) {
          largest = d;
        }
        boolean beyond = applied == Mode.EXACT || !tol.allows(e, v);
        if (!beyond) {
          continue;
        }
        rowDiffers = true;
        differing[c]++;
        if (first == null) {
          first = d;
          firstColumn = c;
          firstRow = i;
        }
      }
      differingSteps += rowDiffers ? 1 : 0;
      notIdenticalSteps += rowNotIdentical ? 1 : 0;
    }

    if (g.size() != a.size()) {
      failures.add(String.format(Locale.ROOT, "the golden has %d steps, the actual curve %d", g.size(), a.size()));
    }
    if (countFirst != null) {
      failures.add(countFirst + "; " + countSteps + " rows affected: not the same data or batch order");
    }
    if (first != null) {
      failures.add(0, String.format(
          Locale.ROOT, "%d of %d steps %s, first at step %d (%s)", differingSteps, n,
          applied == Mode.EXACT ? "differ" : "beyond tolerance", first.step(), first.column()));
    }
    List<CurveReport.ColumnStats> stats = new ArrayList<>();
    for (int c = 0; c < cols.size(); c++) {
      stats.add(new CurveReport.ColumnStats(cols.get(c), differing[c], notIdentical[c], largestAbs[c]));
    }
    List<String> around = first == null ? List.of() : around(g, a, firstRow, cols.get(firstColumn), applied, tol);
    return new CurveReport(golden.name(), actual.label(), requested, applied, failures.isEmpty(), notes, failures,
        g.size(), a.size(), tol, stats, differingSteps, notIdenticalSteps, first, largest, around, List.of());
  }

  /** NaN counts as the biggest difference of all. */
  private static boolean bigger(double x, double than) {
    return Double.isNaN(x) ? !Double.isNaN(than) : x > than;
  }

  /** A small table of rows first-3 .. first+3 of one column, the divergent row marked. */
  private static List<String> around(
      List<Curve.Row> g, List<Curve.Row> a, int row, String column, Mode applied, Tolerance tol) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "  %8s  %-24s %-24s %-11s %s", "step", "expected", "actual", "difference", "ulp"));
    int from = Math.max(0, row - CONTEXT);
    int to = Math.min(Math.min(g.size(), a.size()) - 1, row + CONTEXT);
    for (int i = from; i <= to; i++) {
      double e = g.get(i).value(column);
      double v = a.get(i).value(column);
      boolean bad = Double.doubleToRawLongBits(e) != Double.doubleToRawLongBits(v)
          && (applied == Mode.EXACT || !tol.allows(e, v));
      out.add(String.format(Locale.ROOT, "%s %8d  %-24s %-24s %-11s %s", i == row ? ">" : bad ? "*" : " ",
          a.get(i).step(), CurveReport.decimal(e), CurveReport.decimal(v), CurveReport.signed(v - e),
          CurveReport.ulpText(Ulps.distance(e, v))));
    }
    return out;
  }

  private static CurveReport trend(
      GoldenCurve golden, RunCurve actual, CurveComparison how, List<String> notes, List<String> failures) {
    TrendSpec declared = golden.meta().trend();
    List<String> cols = !how.columns().isEmpty() ? how.columns() : declared != null ? declared.columns() : List.of("loss");
    int window = how.trendWindow() > 0 ? how.trendWindow() : declared != null ? declared.window() : 0;
    Tolerance band = how.trendBand() != null ? how.trendBand() : declared != null ? declared.band() : null;
    if (window == 0 || band == null) {
      throw new IllegalArgumentException(
          "trend mode needs a window and a band: golden " + golden.name() + " declares no trend; give --window and --rtol/--atol");
    }
    List<Curve.Row> g = golden.rows();
    List<Curve.Row> a = actual.rows();
    if (g.isEmpty() || a.isEmpty()) {
      failures.add("a trend needs steps: the golden has " + g.size() + ", the actual curve " + a.size());
      return new CurveReport(golden.name(), actual.label(), Mode.TREND, Mode.TREND, false, notes, failures,
          g.size(), a.size(), null, List.of(), 0, 0, null, null, List.of(), List.of());
    }
    long gLast = g.get(g.size() - 1).step();
    long aLast = a.get(a.size() - 1).step();
    if (gLast != aLast || g.size() != a.size()) {
      failures.add(String.format(Locale.ROOT,
          "the curves end at different steps (golden %d after %d rows, actual %d after %d rows): final means are not comparable",
          gLast, g.size(), aLast, a.size()));
    }
    int w = Math.min(window, Math.min(g.size(), a.size()));
    if (w < window) {
      notes.add("the curves are shorter than the trend window " + window + ": averaging all " + w + " steps");
    }
    List<CurveReport.TrendResult> results = new ArrayList<>();
    for (String c : cols) {
      double gm = mean(g, c, w);
      double am = mean(a, c, w);
      boolean within = band.allows(gm, am);
      results.add(new CurveReport.TrendResult(c, w, a.get(a.size() - w).step(), aLast, gm, am, band, within));
      if (!within) {
        failures.add(String.format(Locale.ROOT, "final %d-step mean of %s is %s, golden %s: outside %s", w, c,
            CurveReport.decimal(am), CurveReport.decimal(gm), band.describe()));
      }
    }
    return new CurveReport(golden.name(), actual.label(), Mode.TREND, Mode.TREND, failures.isEmpty(), notes, failures,
        g.size(), a.size(), null, List.of(), 0, 0, null, null, List.of(), results);
  }

  /** Mean of the last {@code w} values of a column, summed in row order. */
  private static double mean(List<Curve.Row> rows, String column, int w) {
    double sum = 0;
    for (int i = rows.size() - w; i < rows.size(); i++) {
      sum += rows.get(i).value(column);
    }
    return sum / w;
  }
}
