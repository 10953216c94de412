package org.rdrop.bleu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rdrop.bleu.significance.ConfidenceInterval;
import org.rdrop.bleu.significance.PairedResult;

/**
 * sacreBLEU 2.6.0's output shapes, so that scripts written for its command line read ours: the
 * score line, the single-system JSON object, the several-systems table and JSON list, and the
 * paired-test table and JSON list (see docs/bleu.md for each, and for rdrop's additions).
 */
public final class SacrebleuFormat {
  private SacrebleuFormat() {}

  /** A named system's result for the several-systems outputs. */
  public record NamedScore(String name, BleuScore score) {}

  /** {@code f'{x:.{width}f}'}. */
  private static String f(double x, int width) {
    return PythonFloats.fixed(x, width);
  }

  /** The score with its bootstrap estimate, as in the score line: {@code 48.5 (μ = 42.4 ± 46.8)}. */
  private static String scoreText(BleuScore score, ConfidenceInterval ci, int width) {
    String sc = f(score.score(), width);
    if (ci != null && ci.mean() > 0) {
      sc += " (μ = " + f(ci.mean(), width) + " ± " + f(ci.halfWidth(), width) + ")";
    }
    return sc;
  }

  /**
   * sacreBLEU's text line: {@code BLEU|<signature> = 48.5 82.4/50.0/45.5/37.5 (BP = 0.943 ...)},
   * or only the score with {@code scoreOnly}. {@code ci}: the {@code --confidence} estimate, or null.
   */
  public static String scoreLine(BleuScore score, String signature, int width, ConfidenceInterval ci, boolean scoreOnly) {
    String sc = scoreText(score, ci, width);
    if (scoreOnly) {
      return sc;
    }
    return "BLEU|" + signature + " = " + sc + " " + score.verbose();
  }

  /**
   * sacreBLEU's JSON object for one system ({@code json.dumps(..., indent=1, ensure_ascii=False)}):
   * name, score (rounded to {@code width}), signature, the bootstrap fields when there is an
   * estimate, verbose_score, the signature's fields; then {@code extras} (rdrop's additions) at the
   * end.
   */
  public static String singleJson(
      BleuScore score, BleuSignature signature, int width, ConfidenceInterval ci, Map<String, Object> extras) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("name", "BLEU");
    d.put("score", PythonFloats.rounded(score.score(), width));
    d.put("signature", signature.format());
    if (ci != null && ci.mean() > 0) {
      String mean = f(ci.mean(), width);
      String var = f(ci.halfWidth(), width);
      d.put("confidence_mean", Double.parseDouble(mean));
      d.put("confidence_var", Double.parseDouble(var));
      d.put("confidence", "μ = " + mean + " ± " + var);
    }
    d.put("verbose_score", score.verbose());
    d.putAll(signature.fields());
    d.putAll(extras);
    return PythonJson.dumps(d, 1, false);
  }

  /** rdrop's additions to the single-system JSON: who computed it, and the raw statistics. */
  public static Map<String, Object> rdropExtras(BleuScore score) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("implementation", BleuSignature.implementation());
    List<Object> counts = new ArrayList<>();
    List<Object> totals = new ArrayList<>();
    for (int n = 1; n <= BleuStats.MAX_ORDER; n++) {
      counts.add(score.stats().correct(n));
      totals.add(score.stats().total(n));
    }
    e.put("counts", counts);
    e.put("totals", totals);
    e.put("sys_len", score.sysLen());
    e.put("ref_len", score.refLen());
    e.put("bp", score.bp());
    return e;
  }

  /** Several systems without a test: the table and the signature. */
  public static String systemsTable(List<NamedScore> systems, String signature, int width) {
    List<List<String>> rows = new ArrayList<>();
    for (NamedScore s : systems) {
      rows.add(List.of(s.name(), f(s.score().score(), width)));
    }
    String table = FancyGrid.render(
        List.of("System", "BLEU"), rows, List.of(FancyGrid.Align.RIGHT, FancyGrid.Align.CENTER));
    return table + "\n\n" + signatures(signature);
  }

  /** Several systems without a test, as JSON: {@code [{"system": ..., "BLEU": "45.1"}, ...]}. */
  public static String systemsJson(List<NamedScore> systems, int width) {
    List<Object> list = new ArrayList<>();
    for (NamedScore s : systems) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("system", s.name());
      m.put("BLEU", f(s.score().score(), width));
      list.add(m);
    }
    return PythonJson.dumps(list, 4, true);
  }

  /**
   * A paired test as a table: each system's score, its bootstrap mean ± half-interval when there is
   * one, and under it the p-value ({@code *} when p <= 0.05); then a short reading guide and the
   * signature. {@code names.get(0)} is the baseline (already prefixed "Baseline: ").
   */
  public static String pairedTable(
      List<String> names, List<PairedResult> results, String signature, int width, boolean bootstrap, int samples) {
    boolean withMean = results.stream().anyMatch(r -> r.mean() != null);
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      PairedResult r = results.get(i);
      String cell = f(r.score(), width);
      if (r.mean() != null) {
        cell += " (" + f(r.mean(), width) + " ± " + f(r.ci(), width) + ")";
      }
      if (r.pValue() != null) {
        cell += "\n(p = " + PythonFloats.fixed(r.pValue(), 4) + ")" + (r.pValue() > 0.05 ? "" : "*");
      }
      rows.add(List.of(names.get(i), cell));
    }
    String table = FancyGrid.render(
        List.of("System", withMean ? "BLEU (μ ± 95% CI)" : "BLEU"), rows,
        List.of(FancyGrid.Align.RIGHT, FancyGrid.Align.CENTER));
    String title = bootstrap
        ? "Paired bootstrap resampling test with " + samples + " resampling trials"
        : "Paired approximate randomization test with " + samples + " trials";
    String dashes = "-".repeat(title.length());
    StringBuilder out = new StringBuilder(table).append("\n\n");
    out.append(dashes).append('\n').append(title).append('\n').append(dashes).append('\n');
    out.append(" - Every system is compared with ").append(names.get(0)).append(".\n");
    out.append(bootstrap
        ? "   Shown: the system's score, then the mean and 95% half-interval over the resamples.\n"
        : "   Shown: the system's score.\n");
    out.append('\n');
    out.append(" - The p-value estimates how often a difference at least as large as the observed one\n");
    out.append("   would arise if the system and the baseline came from the same process.\n");
    out.append("   p <= 0.05 is marked with \"*\": such a difference is unlikely to be chance.\n");
    out.append("   A significant difference says the systems differ, not which one is better.\n");
    out.append('\n');
    out.append(signatures(signature));
    return out.toString();
  }

  /** A paired test as JSON: {@code [{"system": ..., "BLEU": {"score", "p_value", "mean", "ci"}}, ...]}. */
  public static String pairedJson(List<String> names, List<PairedResult> results) {
    List<Object> list = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      PairedResult r = results.get(i);
      Map<String, Object> bleu = new LinkedHashMap<>();
      bleu.put("score", r.score());
      bleu.put("p_value", r.pValue());
      bleu.put("mean", r.mean());
      bleu.put("ci", r.ci());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("system", names.get(i));
      m.put("BLEU", bleu);
      list.add(m);
    }
    return PythonJson.dumps(list, 4, true);
  }

  private static String signatures(String signature) {
    return "-----------------\nMetric signatures\n-----------------\n - " + String.format("%-10s", "BLEU") + " " + signature;
  }
}
