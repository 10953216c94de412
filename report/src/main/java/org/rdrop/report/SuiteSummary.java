package org.rdrop.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Report;
import org.rdrop.format.RunDirectory;

/**
 * The summary of a suite run ({@code ./rdrop reproduce --suite NAME}): {@code suite.json} (format
 * {@link #FORMAT}) and {@code suite.md}, one entry per experiment with its paper verdicts and metric rows as
 * its own report states them. Derived from the experiments' reports, which stay the records (check them with
 * {@code ./rdrop check}); the summary only gathers them in one place.
 */
public final class SuiteSummary {
  public static final String FORMAT = "rdrop-suite/1";
  public static final String JSON = "suite.json";
  public static final String MARKDOWN = "suite.md";

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

  public static void write(Path dir, String suite, String description, List<Entry> entries) throws IOException {
    Summary s = new Summary(FORMAT, suite, description, List.copyOf(entries));
    AtomicFiles.writeString(dir.resolve(JSON), ManifestJson.toJson(s));
    AtomicFiles.writeString(dir.resolve(MARKDOWN), markdown(s));
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
