package org.rdrop.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.Curve;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Method;
import org.rdrop.format.Report;
import org.rdrop.format.RunDirectory;
import org.rdrop.format.SeedSetDirectory;

/**
 * The summary of a suite run ({@code ./rdrop reproduce --suite NAME}): {@code suite.json} (format
 * {@link #FORMAT}), {@code suite.md} and {@code suite.html}, one entry per experiment with its paper verdicts and
 * metric rows as its own report states them; the page adds each experiment's learning curves (validation loss
 * of every method and seed at every validation), read from the runs' {@code valid.tsv}. Derived from the
 * experiments' run directories, which stay the records (check them with {@code ./rdrop check}); the summary
 * only gathers them in one place.
 */
public final class SuiteSummary {
  public static final String FORMAT = "rdrop-suite/1";
  public static final String JSON = "suite.json";
  public static final String MARKDOWN = "suite.md";
  public static final String HTML = "suite.html";

  private SuiteSummary() {}

  /**
   * @param run the experiment's run (or seed set) directory, relative to the suite's directory
   * @param seeds the seeds of a seed set, null for one run
   * @param converged whether every trained model in the report converged (null when a report does not say)
   */
  public record Entry(
      @JsonProperty("experiment") String experiment,
      @JsonProperty("run") String run,
      @JsonProperty("seeds") List<Long> seeds,
      @JsonProperty("converged") Boolean converged,
      @JsonProperty("verdicts") List<String> verdicts,
      @JsonProperty("metrics") List<Report.Metric> metrics) {}

  public record Summary(
      @JsonProperty("format") String format,
      @JsonProperty("suite") String suite,
      @JsonProperty("description") String description,
      @JsonProperty("experiments") List<Entry> experiments) {}

  /** The entry of one experiment from its report. */
  public static Entry entry(String run, List<Long> seeds, Report report) throws IOException {
    Boolean converged = Boolean.TRUE;
    for (Report.Training t : report.training().values()) {
      Boolean c = t.convergence() == null ? null : t.convergence().converged();
      if (c == null) {
        converged = null;
        break;
      }
      converged = converged && c;
    }
    return new Entry(report.experiment(), run, seeds, converged, ReportVerdicts.lines(report), report.metrics());
  }

  /** Writes the summary files into the suite's directory {@code dir}, where each entry's run directory is. */
  public static void write(Path dir, String suite, String description, List<Entry> entries) throws IOException {
    Summary s = new Summary(FORMAT, suite, description, List.copyOf(entries));
    String md = markdown(s);
    Map<String, Map<String, List<Curve.ValidRow>>> curves = new LinkedHashMap<>();
    for (Entry e : s.experiments()) {
      curves.put(e.experiment(), validationCurves(dir.resolve(e.run()), e.seeds()));
    }
    AtomicFiles.writeString(dir.resolve(JSON), ManifestJson.toJson(s));
    AtomicFiles.writeString(dir.resolve(MARKDOWN), md);
    AtomicFiles.writeString(dir.resolve(HTML), html(s, md, curves));
  }

  /**
   * The validation curves of a run ({@code baseline}, {@code rdrop}) or of a seed set's runs
   * ({@code baseline/seed-1}, ...), as a seed set's report names its series; a method without validation data
   * has none.
   */
  static Map<String, List<Curve.ValidRow>> validationCurves(Path runDir, List<Long> seeds) throws IOException {
    Map<String, List<Curve.ValidRow>> valid = new LinkedHashMap<>();
    for (Method m : Method.BOTH) {
      if (seeds == null) {
        addIfPresent(valid, m.label(), RunDirectory.of(runDir).method(m).valid());
      } else {
        for (long seed : seeds) {
          addIfPresent(valid, m.label() + "/" + SeedSetDirectory.runName(seed),
              SeedSetDirectory.of(runDir).seed(seed).method(m).valid());
        }
      }
    }
    return valid;
  }

  private static void addIfPresent(Map<String, List<Curve.ValidRow>> valid, String series, Path file)
      throws IOException {
    if (Files.isRegularFile(file)) {
      valid.put(series, Curve.readValid(file));
    }
  }

  static String html(Summary s, String md, Map<String, Map<String, List<Curve.ValidRow>>> curves) {
    StringBuilder h = new StringBuilder(HtmlPage.start("rdrop suite: " + s.suite(), HtmlPage.TABLE_STYLE))
        .append("<h1>rdrop suite: ").append(HtmlPage.esc(s.suite())).append("</h1>\n").append(ReportWriter.mdTablesToHtml(md)).append("<h2>Learning curves</h2>\n");
    for (Entry e : s.experiments()) {
      String report = e.run() + "/" + RunDirectory.REPORT_HTML;
      h.append("<h3>").append(HtmlPage.esc(e.experiment())).append("</h3>\n")
          .append(ReportCharts.validationLoss(e.experiment() + ": validation loss at each validation",
              curves.getOrDefault(e.experiment(), Map.of())))
          .append("\n<p>Its report, with the training curves and the KL diagnostics: <a href=\"")
          .append(HtmlPage.esc(report)).append("\">").append(HtmlPage.esc(report)).append("</a></p>\n");
    }
    return h.append(HtmlPage.END).toString();
  }

  static String markdown(Summary s) {
    StringBuilder md = new StringBuilder("# rdrop suite: ").append(s.suite()).append("\n\n").append(s.description())
        .append("\n\n| experiment | seeds | converged | metric | baseline | R-Drop | delta [95% CI] | p | report |\n"
            + "|---|---|---|---|---|---|---|---|---|\n");
    List<String> verdicts = new ArrayList<>();
    for (Entry e : s.experiments()) {
      Report.Metric m = e.metrics().isEmpty() ? null : e.metrics().get(0);
      md.append("| ").append(e.experiment()).append(" | ").append(e.seeds() == null ? "one run" : e.seeds().toString())
          .append(" | ").append(e.converged() == null ? "unknown" : e.converged() ? "yes" : "no").append(" | ")
          .append(m == null ? "(none)" : m.name()).append(" | ").append(m == null ? "" : num(m.baseline()))
          .append(" | ").append(m == null ? "" : num(m.rdrop())).append(" | ").append(m == null ? "" : delta(m))
          .append(" | ").append(m == null || m.pValue() == null ? "unknown" : String.format(Locale.ROOT, "%.4f", m.pValue()))
          .append(" | ").append(e.run()).append("/" + RunDirectory.REPORT_HTML + " |\n");
      e.verdicts().forEach(v -> verdicts.add(e.experiment() + ": " + v));
    }
    md.append("\n## Verdicts on the paper's claims\n\n");
    if (verdicts.isEmpty()) {
      md.append("(no experiment has claims)\n");
    }
    verdicts.forEach(v -> md.append("- ").append(v).append('\n'));
    md.append("\nScores of a seed set are means over its seeds, tested over seeds and test items; each"
        + " experiment's own report has the whole story. `./rdrop check` each run directory to verify it.\n");
    return md.toString();
  }

  private static String num(Double v) {
    return v == null ? "unknown" : String.format(Locale.ROOT, "%.4f", v);
  }

  private static String delta(Report.Metric m) {
    String d = m.delta() == null ? "unknown" : String.format(Locale.ROOT, "%+.4f", m.delta());
    return m.deltaCi95() == null ? d
        : d + String.format(Locale.ROOT, " [%+.4f, %+.4f]", m.deltaCi95().get(0), m.deltaCi95().get(1));
  }
}
