package org.rdrop.testkit.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.rdrop.format.Curve;

/**
 * The outcome of one curve comparison, with everything needed to understand a failure without rerunning:
 * the first divergent step, expected and actual values in decimal and bits, how many steps differ, the
 * largest difference, and the rows around the divergence. {@link #text()} tells it; {@link #toMap()} is the
 * same for JSON.
 *
 * @param golden the golden's name
 * @param actual the actual curve's label
 * @param requested the mode asked for
 * @param applied the mode used (tolerance when exact fell back on another platform)
 * @param passed the verdict
 * @param notes what the reader must know besides the numbers (platform fallback, unknown fingerprints)
 * @param failures one line per reason the comparison failed, most important first
 * @param goldenSteps rows in the golden
 * @param actualSteps rows in the actual curve
 * @param tolerance the bounds used (tolerance mode), else null
 * @param columns per float column compared, how it differs (exact and tolerance mode)
 * @param differingSteps steps where some compared column differs beyond what the mode allows
 * @param notBitIdenticalSteps steps where some compared column's bits differ
 * @param first the first divergence (exact and tolerance mode), or null
 * @param largest the difference with the largest relative size, or null when none
 * @param around rows around the first divergence, already formatted (empty when none)
 * @param trends per column, the trend means (trend mode)
 */
public record CurveReport(
    String golden,
    String actual,
    Mode requested,
    Mode applied,
    boolean passed,
    List<String> notes,
    List<String> failures,
    int goldenSteps,
    int actualSteps,
    Tolerance tolerance,
    List<ColumnStats> columns,
    int differingSteps,
    int notBitIdenticalSteps,
    Difference first,
    Difference largest,
    List<String> around,
    List<TrendResult> trends) {

  /** How one float column differs over the compared steps. */
  public record ColumnStats(
      String column, int differingSteps, int notBitIdenticalSteps, Difference largestAbsolute) {}

  /** One value that differs. */
  public record Difference(long step, String column, double expected, double actual) {
    public double absolute() {
      return Math.abs(actual - expected);
    }

    /** |actual - expected| / |expected|; infinite when expected is 0 and actual is not. */
    public double relative() {
      double d = absolute();
      return d == 0 ? 0 : d / Math.abs(expected);
    }

    public long ulps() {
      return Ulps.distance(expected, actual);
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "%s at step %d: expected %s (bits %s), actual %s (bits %s), difference %s (relative %s, %s ulp)",
          column, step, decimal(expected), Curve.bits(expected), decimal(actual), Curve.bits(actual),
          signed(actual - expected), sci(relative()), ulpText(ulps()));
    }
  }

  /** A trend-mode result for one column. */
  public record TrendResult(
      String column, int window, long fromStep, long toStep, double goldenMean, double actualMean, Tolerance band,
      boolean within) {}

  /** The first line: verdict, mode, names and the gist. */
  public String headline() {
    String verdict = passed ? "PASS" : "FAIL";
    String mode = applied == requested ? applied.label() : requested.label() + "->" + applied.label();
    return verdict + " " + mode + " " + golden + " vs " + actual + ": " + gist();
  }

  private String gist() {
    if (!failures.isEmpty()) {
      return failures.get(0);
    }
    return switch (applied) {
      case EXACT -> actualSteps + " steps, every value bit-identical";
      case TOLERANCE -> actualSteps + " steps within " + tolerance.describe() + " (" + notBitIdenticalSteps
          + " not bit-identical)";
      case TREND -> trends.stream()
          .map(t -> t.column() + " " + decimal(t.actualMean()) + " vs " + decimal(t.goldenMean()))
          .reduce((a, b) -> a + ", " + b)
          .map(s -> "final means " + s + ", within band")
          .orElse("");
    };
  }

  /** The whole story, several lines, ending with a newline. */
  public String text() {
    StringBuilder sb = new StringBuilder(headline()).append('\n');
    sb.append("  mode: ").append(applied.label());
    if (applied != requested) {
      sb.append(" (").append(requested.label()).append(" requested)");
    }
    if (tolerance != null && applied == Mode.TOLERANCE) {
      sb.append(", tolerance ").append(tolerance.describe());
    }
    sb.append('\n');
    sb.append("  steps: golden ").append(goldenSteps).append(", actual ").append(actualSteps).append('\n');
    notes.forEach(n -> sb.append("  note: ").append(n).append('\n'));
    for (int i = 1; i < failures.size(); i++) {
      sb.append("  also: ").append(failures.get(i)).append('\n');
    }
    if (first != null) {
      sb.append("  first divergent step: ").append(first.step()).append(" (").append(first.column()).append(")\n");
      sb.append("    expected ").append(decimal(first.expected())).append("  bits ").append(Curve.bits(first.expected()))
          .append('\n');
      sb.append("    actual   ").append(decimal(first.actual())).append("  bits ").append(Curve.bits(first.actual()))
          .append('\n');
      sb.append("    difference ").append(signed(first.actual() - first.expected())).append(" (relative ")
          .append(sci(first.relative())).append(", ").append(ulpText(first.ulps())).append(" ulp)\n");
    }
    if (!columns.isEmpty()) {
      int compared = Math.min(goldenSteps, actualSteps);
      String kind = applied == Mode.EXACT ? "not bit-identical" : "beyond tolerance";
      sb.append("  steps that differ (").append(kind).append("): ").append(differingSteps).append(" of ")
          .append(compared);
      if (applied == Mode.TOLERANCE) {
        sb.append("; not bit-identical: ").append(notBitIdenticalSteps);
      }
      sb.append('\n');
      for (ColumnStats c : columns) {
        sb.append(String.format(Locale.ROOT, "    %-10s %d", c.column(), c.differingSteps()));
        if (c.largestAbsolute() != null) {
          Difference d = c.largestAbsolute();
          sb.append(String.format(Locale.ROOT, "  (largest |difference| %s at step %d)", sci(d.absolute()), d.step()));
        }
        sb.append('\n');
      }
    }
    if (largest != null) {
      sb.append("  largest difference: ").append(largest.describe()).append('\n');
    }
    if (!around.isEmpty()) {
      sb.append("  around step ").append(first.step()).append(" (").append(first.column()).append("):\n");
      around.forEach(l -> sb.append("    ").append(l).append('\n'));
    }
    for (TrendResult t : trends) {
      sb.append(String.format(
          Locale.ROOT,
          "  trend %s: mean of steps %d..%d (%d) actual %s, golden %s, difference %s; band %s: %s%n",
          t.column(), t.fromStep(), t.toStep(), t.window(), decimal(t.actualMean()), decimal(t.goldenMean()),
          signed(t.actualMean() - t.goldenMean()), t.band().describe(), t.within() ? "within" : "OUTSIDE"));
    }
    return sb.toString();
  }

  /** The same content as a sorted map for JSON. */
  public Map<String, Object> toMap() {
    TreeMap<String, Object> m = new TreeMap<>();
    m.put("golden", golden);
    m.put("actual", actual);
    m.put("requested_mode", requested.label());
    m.put("applied_mode", applied.label());
    m.put("passed", passed);
    m.put("notes", notes);
    m.put("failures", failures);
    m.put("golden_steps", goldenSteps);
    m.put("actual_steps", actualSteps);
    m.put("tolerance", tolerance);
    m.put("differing_steps", differingSteps);
    m.put("not_bit_identical_steps", notBitIdenticalSteps);
    List<Object> cols = new ArrayList<>();
    for (ColumnStats c : columns) {
      TreeMap<String, Object> cm = new TreeMap<>();
      cm.put("column", c.column());
      cm.put("differing_steps", c.differingSteps());
      cm.put("not_bit_identical_steps", c.notBitIdenticalSteps());
      cm.put("largest_absolute", c.largestAbsolute() == null ? null : diffMap(c.largestAbsolute()));
      cols.add(cm);
    }
    m.put("columns", cols);
    m.put("first_divergence", first == null ? null : diffMap(first));
    m.put("largest_difference", largest == null ? null : diffMap(largest));
    m.put("around", around);
    List<Object> tr = new ArrayList<>();
    for (TrendResult t : trends) {
      TreeMap<String, Object> tm = new TreeMap<>();
      tm.put("column", t.column());
      tm.put("window", t.window());
      tm.put("from_step", t.fromStep());
      tm.put("to_step", t.toStep());
      tm.put("golden_mean", t.goldenMean());
      tm.put("actual_mean", t.actualMean());
      tm.put("band", t.band());
      tm.put("within", t.within());
      tr.add(tm);
    }
    m.put("trends", tr);
    return m;
  }

  private static Map<String, Object> diffMap(Difference d) {
    TreeMap<String, Object> m = new TreeMap<>();
    m.put("step", d.step());
    m.put("column", d.column());
    m.put("expected", decimal(d.expected()));
    m.put("expected_bits", Curve.bits(d.expected()));
    m.put("actual", decimal(d.actual()));
    m.put("actual_bits", Curve.bits(d.actual()));
    m.put("absolute", sci(d.absolute()));
    m.put("relative", sci(d.relative()));
    m.put("ulps", d.ulps());
    return m;
  }

  /** Shortest decimal that reads back as the same double. */
  static String decimal(double v) {
    return Double.toString(v);
  }

  static String signed(double v) {
    return v == 0 ? "0" : String.format(Locale.ROOT, "%+.3e", v);
  }

  static String sci(double v) {
    return v == 0 ? "0" : String.format(Locale.ROOT, "%.3e", v);
  }

  static String ulpText(long ulps) {
    return ulps == Long.MAX_VALUE ? "too many" : Long.toString(ulps);
  }
}
