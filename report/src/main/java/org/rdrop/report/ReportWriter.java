package org.rdrop.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.MethodDirectory;
import org.rdrop.format.Report;
import org.rdrop.format.RunDirectory;

/** Writes report.json, report.md (for a CI job summary) and report.html (self-contained) into a run directory. */
public final class ReportWriter {
  private ReportWriter() {}

  /**
   * The files the charts are drawn from, keyed by series (a method, or {@code baseline/seed-1} in a seed set's
   * report): curve.tsv, valid.tsv and dropout-kl.tsv, each present for the series that have one.
   */
  public record Curves(Map<String, List<Curve.Row>> training, Map<String, List<Curve.ValidRow>> valid,
      Map<String, List<Curve.DropoutKlRow>> dropoutKl) {}

  public static void write(Path runDir, Report r, Curves curves) throws IOException {
    for (Map.Entry<String, String> f : render(r, curves, List.of()).entrySet()) {
      AtomicFiles.writeString(runDir.resolve(f.getKey()), f.getValue());
    }
  }

  /**
   * The content of each of {@link RunDirectory#REPORT_FILES}, in that order: what {@link #write} writes. {@code verdicts}, one
   * line per paper claim, open report.md and report.html.
   */
  public static Map<String, String> render(Report r, Curves curves, List<String> verdicts) {
    Map<String, String> files = new java.util.LinkedHashMap<>();
    files.put(RunDirectory.REPORT_JSON, ManifestJson.toJson(r));
    files.put(RunDirectory.REPORT_MARKDOWN, markdown(r, verdicts));
    files.put(RunDirectory.REPORT_HTML, html(r, curves, verdicts));
    return files;
  }

  static String markdown(Report r) {
    return markdown(r, List.of());
  }

  static String markdown(Report r, List<String> verdicts) {
    StringBuilder md = new StringBuilder();
    md.append("# rdrop report: ").append(r.experiment()).append("\n\n").append(r.description()).append("\n\n");
    if (!verdicts.isEmpty()) {
      md.append("## Verdict on the paper's claims\n\n");
      verdicts.forEach(v -> md.append("- ").append(v).append('\n'));
      md.append("\nJudged as `./rdrop check` judges golden/").append(r.experiment())
          .append("/claims.json; a claim on a model that was still learning is inconclusive.\n\n");
    }
    md.append("Run identity `").append(r.identity().get("hash")).append("`, code `")
        .append(r.identity().get("code_version")).append("`.\n\n");
    md.append("## Metrics\n\n");
    md.append("| metric | baseline [95% CI] | R-Drop [95% CI] | delta | delta 95% CI | p | paper baseline | paper R-Drop | paper delta |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    for (Report.Metric m : r.metrics()) {
      Report.Paper p = m.paper();
      md.append("| ").append(m.name()).append(" | ").append(withCi(m.baseline(), m.baselineCi95())).append(" | ")
          .append(withCi(m.rdrop(), m.rdropCi95()))
          .append(" | ").append(signed(m.delta())).append(" | ").append(signedCi(m.deltaCi95())).append(" | ")
          .append(m.pValue() == null ? "unknown" : String.format(Locale.ROOT, "%.4f", m.pValue())).append(" | ")
          .append(p == null ? "unknown" : num(p.baseline())).append(" | ")
          .append(p == null ? "unknown" : num(p.rdrop())).append(" | ")
          .append(p == null ? "unknown" : signed(p.delta())).append(" |\n");
    }
    if (r.metrics().isEmpty()) {
      md.append("| (none evaluated) | | | | | | | | |\n");
    }
    String cost = costLine(r);
    if (cost != null) {
      md.append('\n').append(cost).append('\n');
    }
    String overtake = Overtaking.line(r.overtake());
    if (overtake != null) {
      md.append('\n').append(overtake).append('\n');
    }
    if (r.seeds() != null) {
      seeds(md, r);
    }
    md.append("\n## Training\n\n| method | updates | epochs | final train NLL | final valid NLL | best valid NLL | final KL"
        + " | final dropout KL (valid) | passes | target-token passes | stopped by | best validation | converged"
        + " | model |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    r.training().forEach((method, t) -> {
      Report.Convergence c = t.convergence();
      md.append("| ").append(method).append(" | ").append(t.updates())
          .append(" | ").append(t.epochs()).append(" | ").append(num(t.finalTrainNll())).append(" | ")
          .append(num(t.finalValidNll())).append(" | ").append(num(t.bestValidNll())).append(" | ")
          .append(num(t.finalKl())).append(" | ").append(num(t.finalDropoutKl())).append(" | ").append(t.passes()).append(" | ").append(t.tokenPasses())
          .append(" | ").append(c == null ? "unknown" : c.stoppedBy())
          .append(" | ").append(c == null || c.bestUpdate() == null ? "unknown"
              : "update " + c.bestUpdate() + " (" + c.validationsSinceBest() + " after)")
          .append(" | ").append(c == null ? "unknown" : c.converged() ? "yes"
              : "no (improved within the last " + c.window() + " validations)")
          .append(" | ").append(c == null ? "unknown" : c.finalModel() + " " + c.finalModelUpdates())
          .append(" |\n");
    });
    md.append("\nFinal KL is R-Drop's consistency term on the last training batch; final dropout KL (valid) is the"
        + " same term between two dropout passes on validation data at the last validation, measured for both"
        + " methods (`<method>/" + Curve.DROPOUT_KL_FILE + "`; unknown for runs without it).\n");
    md.append("\nCompute is counted in target-token passes (forward and backward over a batch's target tokens;"
        + " an R-Drop update makes two), which is deterministic. Wall time is not: each method's is in"
        + " `<method>/" + MethodDirectory.TIMING_JSON + "`, outside the report and the manifest.\n");
    if (!r.notes().isEmpty()) {
      md.append("\n## Notes\n\n");
      r.notes().forEach(n -> md.append("- ").append(n).append('\n'));
    }
    return md.toString();
  }

  /** A seed set's section: the test over seeds and items, the spread over seeds, and each seed's scores. */
  private static void seeds(StringBuilder md, Report r) {
    md.append("\n## Seeds\n\nThe scores above are means over ").append(r.seeds().size())
        .append(" seeds; each seed is a complete run in its own directory. Spread over seeds (sample standard"
            + " deviation):\n\n| metric | seeds | baseline sd | R-Drop sd | delta sd | test |\n|---|---|---|---|---|---|\n");
    for (Report.Metric m : r.metrics()) {
      Report.Spread s = m.spread();
      if (s != null) {
        md.append("| ").append(m.name()).append(" | ").append(s.seeds()).append(" | ").append(num(s.baselineSd()))
            .append(" | ").append(num(s.rdropSd())).append(" | ").append(num(s.deltaSd())).append(" | ")
            .append(m.test()).append(" |\n");
      }
    }
    md.append("\n| seed | run | metric | baseline | R-Drop | delta | p (this seed's test items) |\n"
        + "|---|---|---|---|---|---|---|\n");
    for (Report.SeedRun run : r.seeds()) {
      run.scores().forEach((id, s) -> md.append("| ").append(run.seed()).append(" | ").append(run.run()).append(" | ")
          .append(id).append(" | ").append(num(s.baseline())).append(" | ").append(num(s.rdrop())).append(" | ")
          .append(signed(s.delta())).append(" | ")
          .append(s.pValue() == null ? "unknown" : String.format(Locale.ROOT, "%.4f", s.pValue())).append(" |\n"));
    }
    List<String> overtakes = r.seeds().stream().filter(run -> run.overtake() != null)
        .map(run -> run.run() + ": " + Overtaking.line(run.overtake())).toList();
    if (!overtakes.isEmpty()) {
      md.append('\n');
      overtakes.forEach(o -> md.append("- ").append(o).append('\n'));
    }
  }

  /**
   * The headline in one line: the first metric's delta beside R-Drop's compute as a multiple of the
   * baseline's (null unless both methods and a metric are there).
   */
  public static String costLine(Report r) {
    Report.Training base = r.training().get(Method.BASELINE.label());
    Report.Training rdrop = r.training().get(Method.RDROP.label());
    if (base == null || rdrop == null || r.metrics().isEmpty() || base.tokenPasses() == 0) {
      return null;
    }
    Report.Metric m = r.metrics().get(0);
    return String.format(Locale.ROOT,
        "R-Drop vs baseline: %s %s%s at %.2fx the baseline's training compute (%d vs %d updates, %d vs %d"
            + " target-token passes).",
        m.name(), signed(m.delta()), m.pValue() == null ? "" : String.format(Locale.ROOT, " (p %.4f)", m.pValue()),
        (double) rdrop.tokenPasses() / base.tokenPasses(), rdrop.updates(), base.updates(), rdrop.tokenPasses(),
        base.tokenPasses());
  }

  static String html(Report r, Curves curves) {
    return html(r, curves, List.of());
  }

  static String html(Report r, Curves c, List<String> verdicts) {
    Map<String, List<Curve.Row>> curves = c.training();
    StringBuilder h = new StringBuilder();
    h.append(HtmlPage.start("rdrop report: " + r.experiment(), HtmlPage.TABLE_STYLE + HtmlPage.PRE_STYLE));
    h.append("<h1>rdrop report: ").append(HtmlPage.esc(r.experiment())).append("</h1>\n");
    h.append(mdTablesToHtml(markdown(r, verdicts)));
    h.append("<h2>Loss curves</h2>\n").append(ReportCharts.trainingLoss(curves)).append('\n');
    h.append("<h2>Training vs validation</h2>\n").append(ReportCharts.trainVersusValid(curves, c.valid())).append('\n');
    if (curves.containsKey(Method.RDROP.label())) {
      h.append("<h2>KL term</h2>\n").append(ReportCharts.klTerm(curves.get(Method.RDROP.label()))).append('\n');
    }
    if (!c.dropoutKl().isEmpty()) {
      h.append("<h2>Dropout KL at each validation</h2>\n").append(ReportCharts.dropoutKl(c.dropoutKl())).append('\n');
    }
    h.append("<h2>Run identity</h2>\n<pre>").append(HtmlPage.esc(ManifestJson.toJson(r.identity()))).append("</pre>\n");
    h.append("<h2>Platform</h2>\n<pre>").append(HtmlPage.esc(ManifestJson.toJson(r.platform()))).append("</pre>\n");
    h.append("<h2>Configuration</h2>\n<pre>").append(HtmlPage.esc(ManifestJson.toJson(r.config()))).append("</pre>\n");
    return h.append(HtmlPage.END).toString();
  }

  /** The markdown's tables and notes as HTML, so both faces say the same thing. */
  static String mdTablesToHtml(String md) {
    StringBuilder h = new StringBuilder();
    boolean inTable = false;
    boolean inList = false;
    for (String line : md.split("\n")) {
      if (line.startsWith("# ")) {
        continue;
      }
      if (line.startsWith("|---")) {
        continue;
      }
      if (line.startsWith("| ")) {
        // A table's first row is its header.
        String cell = inTable ? "td" : "th";
        if (!inTable) {
          h.append("<table>\n");
          inTable = true;
        }
        String[] cells = line.substring(2, line.length() - 2).split(" \\| ", -1);
        h.append("<tr>");
        for (String c : cells) {
          h.append('<').append(cell).append('>').append(HtmlPage.esc(c)).append("</").append(cell).append('>');
        }
        h.append("</tr>\n");
        continue;
      }
      if (inTable) {
        h.append("</table>\n");
        inTable = false;
      }
      if (line.startsWith("- ")) {
        if (!inList) {
          h.append("<ul>\n");
          inList = true;
        }
        h.append("<li>").append(HtmlPage.esc(line.substring(2))).append("</li>\n");
        continue;
      }
      if (inList) {
        h.append("</ul>\n");
        inList = false;
      }
      if (line.startsWith("## ")) {
        h.append("<h2>").append(HtmlPage.esc(line.substring(3))).append("</h2>\n");
      } else if (!line.isBlank()) {
        h.append("<p>").append(HtmlPage.esc(line.replace("`", ""))).append("</p>\n");
      }
    }
    if (inTable) {
      h.append("</table>\n");
    }
    if (inList) {
      h.append("</ul>\n");
    }
    return h.toString();
  }

  private static String num(Double v) {
    return v == null || v.isNaN() ? "unknown" : String.format(Locale.ROOT, "%.4f", v);
  }

  private static String signed(Double v) {
    return v == null || v.isNaN() ? "unknown" : String.format(Locale.ROOT, "%+.4f", v);
  }

  private static String ci(List<Double> ci) {
    return ci == null ? "unknown" : String.format(Locale.ROOT, "[%.4f, %.4f]", ci.get(0), ci.get(1));
  }

  private static String signedCi(List<Double> ci) {
    return ci == null ? "unknown" : String.format(Locale.ROOT, "[%+.4f, %+.4f]", ci.get(0), ci.get(1));
  }

  /** A score with its interval when there is one. */
  private static String withCi(Double v, List<Double> ci) {
    return ci == null ? num(v) : num(v) + " " + ci(ci);
  }
}
