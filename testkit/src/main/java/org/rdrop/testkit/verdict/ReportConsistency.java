package org.rdrop.testkit.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each metric row of report.json must satisfy on its own, whoever wrote it: the delta is R-Drop minus
 * the baseline (computed so, so exactly equal), each interval is ordered and holds its point estimate (the
 * percentile bootstrap's intervals are drawn around the resampled values, which centre on it), and a
 * p-value lies in (0, 1]. A row edited by hand rarely keeps all of these.
 */
public final class ReportConsistency {
  private ReportConsistency() {}

  /** The problems of one metric row, each naming the field; empty when it is consistent. */
  public static List<String> problems(JsonNode row) {
    List<String> out = new ArrayList<>();
    Double base = number(row, "baseline");
    Double rdrop = number(row, "rdrop");
    Double delta = number(row, "delta");
    if (base != null && rdrop != null && delta != null && delta.doubleValue() != rdrop - base) {
      out.add(String.format(Locale.ROOT, "delta %s is not rdrop - baseline = %s - %s = %s", delta, rdrop, base,
          rdrop - base));
    }
    interval(row, "baseline_ci95", base, out);
    interval(row, "rdrop_ci95", rdrop, out);
    interval(row, "delta_ci95", delta, out);
    Double p = number(row, "p_value");
    if (p != null && !(p > 0 && p <= 1)) {
      out.add("p_value " + p + " is not in (0, 1]");
    }
    return out;
  }

  private static void interval(JsonNode row, String field, Double value, List<String> out) {
    JsonNode ci = row.path(field);
    if (ci.isMissingNode() || ci.isNull()) {
      return;
    }
    if (!ci.isArray() || ci.size() != 2 || !ci.get(0).isNumber() || !ci.get(1).isNumber()) {
      out.add(field + " " + ci + " is not two numbers");
      return;
    }
    double lo = ci.get(0).asDouble();
    double hi = ci.get(1).asDouble();
    if (!(lo <= hi)) {
      out.add(field + " " + ci + " is not ordered (lower > upper)");
    } else if (value != null && !(lo <= value && value <= hi)) {
      out.add(field + " " + ci + " does not hold its value " + value);
    }
  }

  private static Double number(JsonNode row, String field) {
    JsonNode n = row.path(field);
    return n.isNumber() ? n.asDouble() : null;
  }
}
