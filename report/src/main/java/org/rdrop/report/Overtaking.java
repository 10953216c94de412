package org.rdrop.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rdrop.format.Curve;
import org.rdrop.format.Report;

/**
 * Where R-Drop overtakes the baseline ({@link Report.Overtake}): validations are compared at the updates both
 * methods validated, in order; the point is the first from which R-Drop's validation NLL stays strictly below
 * the baseline's at every later one, with each method's target-token passes (curve.tsv) up to it. Why not the
 * first validation below: noise puts R-Drop below for a moment (bible-en-es seed 66 at update 100, by 0.005
 * nats, then behind until 2,200), and "from the first validation" would tell the reader the opposite of the
 * curves.
 */
public final class Overtaking {
  private Overtaking() {}

  /** The overtaking point, or null when either method has no validation (or none at a shared update). */
  public static Report.Overtake of(List<Curve.ValidRow> baselineValid, List<Curve.ValidRow> rdropValid,
      List<Curve.Row> baselineCurve, List<Curve.Row> rdropCurve) {
    Map<Long, Double> baseline = new HashMap<>();
    baselineValid.forEach(v -> baseline.put(v.step(), v.nll()));
    int compared = 0;
    Long firstCompared = null;
    Long lasting = null; // the start of the current run of validations below the baseline's
    boolean everBelow = false;
    for (Curve.ValidRow r : rdropValid) {
      Double b = baseline.get(r.step());
      if (b == null) {
        continue;
      }
      compared++;
      if (firstCompared == null) {
        firstCompared = r.step();
      }
      if (r.nll() < b) {
        everBelow = true;
        if (lasting == null) {
          lasting = r.step();
        }
      } else {
        lasting = null;
      }
    }
    if (compared == 0) {
      return null;
    }
    if (lasting == null) {
      return new Report.Overtake(everBelow ? Report.Overtake.NOT_LASTING : Report.Overtake.NEVER, null, compared,
          null, null);
    }
    return new Report.Overtake(lasting.equals(firstCompared) ? Report.Overtake.FROM_FIRST_VALIDATION
        : Report.Overtake.OVERTAKES, lasting, compared, tokenPasses(baselineCurve, lasting),
        tokenPasses(rdropCurve, lasting));
  }

  /** Target-token passes of the updates up to and including {@code step}. */
  static long tokenPasses(List<Curve.Row> curve, long step) {
    long sum = 0;
    for (Curve.Row row : curve) {
      if (row.step() > step) {
        break;
      }
      sum += (long) row.passes() * row.tokens();
    }
    return sum;
  }

  /** The report's line on it, or null when there is nothing to say. */
  static String line(Report.Overtake o) {
    if (o == null) {
      return null;
    }
    String head = "Where R-Drop overtakes the baseline (its validation NLL below the baseline's at the same update,"
        + " and at every validation after it): ";
    return switch (o.status()) {
      case Report.Overtake.NEVER -> head + String.format(Locale.ROOT, "never within the run (%s compared).",
          validations(o.validationsCompared()));
      case Report.Overtake.NOT_LASTING -> head + String.format(Locale.ROOT,
          "nowhere: below at some validations, but not at the last one compared (%s compared).",
          validations(o.validationsCompared()));
      case Report.Overtake.FROM_FIRST_VALIDATION -> head + String.format(Locale.ROOT,
          "from the first validation on (update %d, %d vs %d target-token passes).", o.step(), o.rdropTokenPasses(),
          o.baselineTokenPasses());
      default -> head + String.format(Locale.ROOT,
          "at update %d, after %d target-token passes of R-Drop training and %d of the baseline's (%s compared).",
          o.step(), o.rdropTokenPasses(), o.baselineTokenPasses(), validations(o.validationsCompared()));
    };
  }

  private static String validations(int n) {
    return n + (n == 1 ? " validation" : " validations");
  }

  /**
   * What the overtaking point took in wall time, from each method's measured seconds per update (timing.json):
   * printed by reproduce and evaluate, never written into a report (wall time is not reproducible). Null when
   * there is no overtaking point or no timing.
   */
  public static String wallTime(Report.Overtake o, Double baselineSecondsPerUpdate, Double rdropSecondsPerUpdate) {
    if (o == null || o.step() == null || baselineSecondsPerUpdate == null || rdropSecondsPerUpdate == null) {
      return null;
    }
    String where = o.status().equals(Report.Overtake.FROM_FIRST_VALIDATION)
        ? "R-Drop is below the baseline from the first validation on, update %d"
        : "R-Drop overtakes the baseline for good at update %d";
    return String.format(Locale.ROOT, where + ": about %.0f s of R-Drop training and %.0f s of the baseline's"
            + " (%d updates x the measured seconds per update).", o.step(), o.step() * rdropSecondsPerUpdate,
        o.step() * baselineSecondsPerUpdate, o.step());
  }
}
