package org.rdrop.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rdrop.config.Study;
import org.rdrop.format.AtomicFiles;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.Report;
import org.rdrop.format.RunDirectory;
import org.rdrop.testkit.verdict.Verdict;

/**
 * A study's tables and its verdict ({@code ./rdrop study NAME}): {@code study.json} (format {@link #FORMAT}),
 * {@code study.md} and {@code study.html} (a bar chart for one axis, a heat map for two). Each cell is one
 * variant's run, as its own report states it; the runs stay the records ({@code ./rdrop check} each).
 *
 * <p>The verdict on the paper's best cell: {@code inconclusive: not converged} when a variant's training
 * did not converge; {@code reproduced} when the paper's best cell is the best measured one;
 * {@code direction-only} when it is not, but its R-Drop score lies inside the measured best cell's 95%
 * interval (not distinguishable from the best on this test set); {@code not-reproduced} otherwise.
 */
public final class StudyReport {
  public static final String FORMAT = "rdrop-study/1";
  public static final String JSON = "study.json";
  public static final String MARKDOWN = "study.md";
  public static final String HTML = "study.html";

  private StudyReport() {}

  /**
   * One variant: its run (directory name), its value on each axis, R-Drop's and the baseline's score of the
   * study's metric with R-Drop's 95% interval, and whether both methods' training converged (null: unknown).
   */
  public record Cell(
      @JsonProperty("run") String run,
      @JsonProperty("at") List<JsonNode> at,
      @JsonProperty("rdrop") Double rdrop,
      @JsonProperty("rdrop_ci95") List<Double> rdropCi95,
      @JsonProperty("baseline") Double baseline,
      @JsonProperty("converged") Boolean converged) {}

  public record Summary(
      @JsonProperty("format") String format,
      @JsonProperty("study") String study,
      @JsonProperty("description") String description,
      @JsonProperty("experiment") String experiment,
      @JsonProperty("metric") String metric,
      @JsonProperty("higher_is_better") boolean higherIsBetter,
      @JsonProperty("rows") Study.Axis rows,
      @JsonProperty("columns") Study.Axis columns,
      @JsonProperty("cells") List<Cell> cells,
      @JsonProperty("best") String best,
      @JsonProperty("claim") Study.Claim claim,
      @JsonProperty("verdict") String verdict,
      @JsonProperty("why") String why) {}

  /** The study's summary from its variants and their reports, in the same order. */
  public static Summary of(Study study, List<Study.Variant> variants, List<Report> reports) {
    List<Cell> cells = new ArrayList<>();
    Boolean higher = null;
    for (int i = 0; i < variants.size(); i++) {
      Report r = reports.get(i);
      String variant = variants.get(i).name();
      Report.Metric m = r.metrics().stream().filter(x -> x.id().equals(study.metric())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("the report of variant " + variant + " has no metric '"
              + study.metric() + "'"));
      higher = m.higherIsBetter();
      cells.add(new Cell(variants.get(i).name(), variants.get(i).cell(), m.rdrop(), m.rdropCi95(), m.baseline(),
          converged(r)));
    }
    boolean hib = higher == null || higher;
    Cell best = null;
    for (Cell c : cells) {
      if (c.rdrop() != null && (best == null || (hib ? c.rdrop() > best.rdrop() : c.rdrop() < best.rdrop()))) {
        best = c;
      }
    }
    String[] verdict = verdict(study.best(), cells, best);
    return new Summary(FORMAT, study.name(), study.description(), study.experiment(), study.metric(), hib, study.rows(),
        study.columns(), cells, best == null ? null : best.run(), study.best(), verdict[0], verdict[1]);
  }

  private static Boolean converged(Report r) {
    boolean all = true;
    for (Report.Training t : r.training().values()) {
      if (t.convergence() == null || t.convergence().converged() == null) {
        return null;
      }
      all &= t.convergence().converged();
    }
    return all;
  }

  private static String[] verdict(Study.Claim claim, List<Cell> cells, Cell best) {
    if (claim == null) {
      return new String[] {null, "the study states no claim"};
    }
    Cell claimed = cells.stream().filter(c -> c.at().equals(claim.cell())).findFirst().orElse(null);
    if (claimed == null || best == null || claimed.rdrop() == null) {
      return new String[] {Verdict.NOT_REPRODUCED.label(), "the paper's best cell " + claim.cell() + " has no score"};
    }
    List<String> notConverged = cells.stream().filter(c -> !Boolean.TRUE.equals(c.converged())).map(Cell::run).toList();
    String measured = String.format(Locale.ROOT, "measured best %s (R-Drop %.4f), the paper's best %s (R-Drop %.4f)",
        best.run(), best.rdrop(), claimed.run(), claimed.rdrop());
    if (!notConverged.isEmpty()) {
      return new String[] {Verdict.INCONCLUSIVE_NOT_CONVERGED.label(), measured + "; not converged: "
          + String.join(", ", notConverged)};
    }
    if (claimed == best) {
      return new String[] {Verdict.REPRODUCED.label(), measured};
    }
    List<Double> ci = best.rdropCi95();
    if (ci != null && claimed.rdrop() >= ci.get(0) && claimed.rdrop() <= ci.get(1)) {
      return new String[] {Verdict.DIRECTION_ONLY.label(), measured + ", inside the best cell's 95% interval ["
          + String.format(Locale.ROOT, "%.4f, %.4f", ci.get(0), ci.get(1)) + "]"};
    }
    return new String[] {Verdict.NOT_REPRODUCED.label(), measured + ", outside the best cell's 95% interval"};
  }

  public static void write(Path dir, Summary s) throws IOException {
    AtomicFiles.writeString(dir.resolve(JSON), ManifestJson.toJson(s));
    String md = markdown(s);
    AtomicFiles.writeString(dir.resolve(MARKDOWN), md);
    AtomicFiles.writeString(dir.resolve(HTML), html(s, md));
  }

  static String markdown(Summary s) {
    StringBuilder md = new StringBuilder("# rdrop study: ").append(s.study()).append("\n\n").append(s.description())
        .append("\n\nBase experiment `").append(s.experiment()).append("`; each cell is R-Drop's ").append(s.metric())
        .append(" on the test set in the run of that variant (").append(s.higherIsBetter() ? "higher" : "lower")
        .append(" is better).\n\n");
    if (s.verdict() != null) {
      md.append("**Verdict on the paper's best cell ").append(s.claim().cell()).append(" (").append(s.claim().source())
          .append("): ").append(s.verdict()).append("**: ").append(s.why()).append(".\n\n");
    }
    if (s.columns() == null) {
      md.append("| ").append(s.rows().label()).append(" (").append(s.rows().key())
          .append(") | R-Drop [95% CI] | baseline | converged | run |\n|---|---|---|---|---|\n");
      for (Cell c : s.cells()) {
        md.append("| ").append(text(c.at().get(0))).append(" | ")
            .append(bold(c, s, withCi(c))).append(" | ").append(num(c.baseline())).append(" | ")
            .append(c.converged() == null ? "unknown" : c.converged() ? "yes" : "no").append(" | ").append(c.run())
            .append(" |\n");
      }
    } else {
      md.append("R-Drop's score, rows ").append(s.rows().label()).append(" (").append(s.rows().key()).append("), columns ")
          .append(s.columns().label()).append(" (").append(s.columns().key()).append("):\n\n| ").append(s.rows().label())
          .append(" \\ ").append(s.columns().label()).append(" |");
      s.columns().values().forEach(v -> md.append(' ').append(text(v)).append(" |"));
      md.append("\n|---|").append("---|".repeat(s.columns().values().size())).append('\n');
      for (JsonNode r : s.rows().values()) {
        md.append("| ").append(text(r)).append(" |");
        for (JsonNode c : s.columns().values()) {
          Cell cell = s.cells().stream().filter(x -> x.at().equals(List.of(r, c))).findFirst().orElse(null);
          md.append(' ').append(cell == null ? "" : bold(cell, s, num(cell.rdrop()))).append(" |");
        }
        md.append('\n');
      }
      md.append("\n| run | R-Drop [95% CI] | baseline | converged |\n|---|---|---|---|\n");
      for (Cell c : s.cells()) {
        md.append("| ").append(c.run()).append(" | ").append(withCi(c)).append(" | ").append(num(c.baseline()))
            .append(" | ").append(c.converged() == null ? "unknown" : c.converged() ? "yes" : "no").append(" |\n");
      }
    }
    md.append("\nThe best cell is in bold. Each run's own report (`<run>/" + RunDirectory.REPORT_HTML
        + "`) has its curves, and"
        + " `./rdrop check <run>` verifies it.\n");
    return md.toString();
  }

  static String html(Summary s, String md) {
    StringBuilder h = new StringBuilder(HtmlPage.start("rdrop study: " + s.study(), HtmlPage.TABLE_STYLE))
        .append("<h1>rdrop study: ").append(HtmlPage.esc(s.study())).append("</h1>\n").append(ReportWriter.mdTablesToHtml(md));
    String title = "R-Drop " + s.metric() + " by " + s.rows().label() + (s.columns() == null ? "" : " and " + s.columns().label());
    List<String> rowValues = s.rows().values().stream().map(StudyReport::text).toList();
    if (s.columns() == null) {
      h.append(ReportCharts.studyBars(title, s.rows().label(), s.metric(), rowValues,
          s.cells().stream().map(Cell::rdrop).toList(),
          s.cells().stream().map(c -> c.rdropCi95() == null ? null : (c.rdropCi95().get(1) - c.rdropCi95().get(0)) / 2)
              .toList()));
    } else {
      List<String> colValues = s.columns().values().stream().map(StudyReport::text).toList();
      double[][] scores = new double[rowValues.size()][colValues.size()];
      for (int r = 0; r < rowValues.size(); r++) {
        for (int c = 0; c < colValues.size(); c++) {
          List<JsonNode> at = List.of(s.rows().values().get(r), s.columns().values().get(c));
          scores[r][c] = s.cells().stream().filter(x -> x.at().equals(at) && x.rdrop() != null).findFirst()
              .map(Cell::rdrop).orElse(Double.NaN);
        }
      }
      h.append(ReportCharts.studyHeatMap(title, s.rows().label(), s.columns().label(), rowValues, colValues, scores));
    }
    return h.append('\n').append(HtmlPage.END).toString();
  }

  private static String bold(Cell c, Summary s, String text) {
    return c.run().equals(s.best()) ? "**" + text + "**" : text;
  }

  private static String withCi(Cell c) {
    return num(c.rdrop()) + (c.rdropCi95() == null ? ""
        : String.format(Locale.ROOT, " [%.4f, %.4f]", c.rdropCi95().get(0), c.rdropCi95().get(1)));
  }

  private static String num(Double v) {
    return v == null ? "unknown" : String.format(Locale.ROOT, "%.4f", v);
  }

  private static String text(JsonNode v) {
    return v.isTextual() ? v.asText() : v.toString();
  }
}
