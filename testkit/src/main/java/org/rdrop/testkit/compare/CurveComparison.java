package org.rdrop.testkit.compare;

import java.util.List;
import org.rdrop.format.Curve;

/**
 * What a comparison was asked to do. Null fields take the golden's declaration: its default mode, its
 * fallback tolerance, its trend.
 *
 * @param mode exact, tolerance or trend; null: the golden's mode
 * @param tolerance bounds for tolerance mode and for exact mode's platform fallback; null: the golden's
 *     fallback tolerance
 * @param trendBand band for the trend means; null: the golden's
 * @param trendWindow final steps averaged in trend mode; 0: the golden's
 * @param columns float columns checked in tolerance and trend mode; empty: all (tolerance) or the golden's
 *     trend columns (trend). Exact mode checks every column.
 */
public record CurveComparison(Mode mode, Tolerance tolerance, Tolerance trendBand, int trendWindow, List<String> columns) {
  public CurveComparison {
    columns = List.copyOf(columns);
    for (String c : columns) {
      if (!Curve.FLOAT_COLUMNS.contains(c)) {
        throw new IllegalArgumentException(
            "'" + c + "' is not a float column of " + Curve.CURVE_FILE + " ("
                + String.join(", ", Curve.FLOAT_COLUMNS) + ")");
      }
    }
    if (trendWindow < 0) {
      throw new IllegalArgumentException("trend window must be >= 1, got " + trendWindow);
    }
  }

  /** Whatever the golden declares. */
  public static CurveComparison asDeclared() {
    return new CurveComparison(null, null, null, 0, List.of());
  }

  public static CurveComparison of(Mode mode) {
    return new CurveComparison(mode, null, null, 0, List.of());
  }

  public CurveComparison withMode(Mode m) {
    return new CurveComparison(m, tolerance, trendBand, trendWindow, columns);
  }

  public CurveComparison withTolerance(Tolerance t) {
    return new CurveComparison(mode, t, trendBand, trendWindow, columns);
  }

  public CurveComparison withTrend(Tolerance band, int window) {
    return new CurveComparison(mode, tolerance, band, window, columns);
  }

  public CurveComparison withColumns(List<String> c) {
    return new CurveComparison(mode, tolerance, trendBand, trendWindow, c);
  }
}
