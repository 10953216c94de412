package org.rdrop.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rdrop.format.Curve;
import org.rdrop.format.Method;

/** The report's charts, drawn by XChart and embedded as SVG so report.html opens offline. */
final class ReportCharts {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private ReportCharts() {}

  /** One colour per method, the same in every chart (baseline blue, R-Drop red). */
  static final Map<String, Color> COLORS = Map.of(Method.BASELINE.label(), new Color(0x1f77b4), Method.RDROP.label(), new Color(0xd62728));

  /**
   * Weight of the past in a training curve's exponential moving average (TensorBoard's smoothing slider,
   * bias-corrected at the start): about 50 effective points over the curve, so an 800-update curve is
   * smoothed over ~16 updates and a 150-update one over ~3; never above 0.95, where the lag would hide
   * the early drop. The raw per-update values stay behind it, faint.
   */
  static double smoothing(int updates) {
    return Math.min(0.95, Math.max(0, 1 - 50.0 / Math.max(1, updates)));
  }

  /** Per-update training NLL (nats/token) of each method: smoothed, over the raw values. */
  static String trainingLoss(Map<String, List<Curve.Row>> curves) {
    XYChart chart = chart("Training loss (NLL per target token)", "update", "nats / token");
    curves.forEach((method, c) -> raw(chart, method, steps(c), values(c, Curve.Row::nll)));
    curves.forEach((method, c) -> smoothed(chart, method + " (smoothed)", method, steps(c),
        values(c, Curve.Row::nll)));
    return svg(chart);
  }

  /** Training NLL (smoothed) against validation NLL, per method: the paper's over-fitting figure. */
  static String trainVersusValid(Map<String, List<Curve.Row>> curves, Map<String, List<Curve.ValidRow>> valid) {
    XYChart chart = chart("Training vs validation loss", "update", "nats / token");
    curves.forEach((method, c) -> smoothed(chart, method + " train (smoothed)", method, steps(c),
        values(c, Curve.Row::nll)));
    valid.forEach((method, v) -> perValidation(chart, method + " valid", method,
        v.stream().mapToDouble(Curve.ValidRow::step).toArray(), v.stream().mapToDouble(Curve.ValidRow::nll).toArray()));
    return svg(chart);
  }

  /**
   * The KL between two dropout passes on validation data at each validation, per method (dropout-kl.tsv): the
   * R-Drop authors' diagnostic, which grows for the baseline and stays small with R-Drop.
   */
  static String dropoutKl(Map<String, List<Curve.DropoutKlRow>> kl) {
    // A short title: XChart centres it and clips what does not fit the chart's width.
    XYChart chart = chart("KL between two dropout passes, validation data (per token)", "update", "nats / token");
    kl.forEach((method, k) -> perValidation(chart, method, method,
        k.stream().mapToDouble(Curve.DropoutKlRow::step).toArray(),
        k.stream().mapToDouble(Curve.DropoutKlRow::kl).toArray()));
    return svg(chart);
  }

  /**
   * Validation loss at every validation, one line per series (a method, or one seed's run of it): where
   * R-Drop overtakes the baseline and where each stopped. The suite page shows one per experiment.
   */
  static String validationLoss(String title, Map<String, List<Curve.ValidRow>> valid) {
    XYChart chart = chart(title, "update", "validation NLL (nats / target)");
    valid.forEach((series, v) -> perValidation(chart, series, series,
        v.stream().mapToDouble(Curve.ValidRow::step).toArray(), v.stream().mapToDouble(Curve.ValidRow::nll).toArray()));
    return svg(chart);
  }

  /** One value per validation: a line with markers, in the series' method's colour. */
  private static void perValidation(XYChart chart, String name, String method, double[] x, double[] y) {
    if (x.length == 0) {
      return;
    }
    XYSeries s = chart.addSeries(name, x, y);
    // Distinct markers and a dashed baseline: where the two lines meet, both stay visible.
    s.setMarker(methodOf(method).equals(Method.BASELINE.label()) ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
    s.setMarkerColor(color(method));
    s.setLineColor(color(method));
    s.setLineWidth(1.5f);
    if (methodOf(method).equals(Method.BASELINE.label())) {
      s.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f},
          0f));
    }
  }

  /** The consistency (KL) term of R-Drop over time, before alpha. */
  static String klTerm(List<Curve.Row> rdrop) {
    XYChart chart = chart("R-Drop consistency term (bidirectional KL / 2, per token)", "update", "nats / token");
    String label = Method.RDROP.label();
    raw(chart, label, steps(rdrop), values(rdrop, Curve.Row::kl));
    smoothed(chart, label + " (smoothed)", label, steps(rdrop), values(rdrop, Curve.Row::kl));
    return svg(chart);
  }

  /** TensorBoard's smoothing: an exponential moving average divided by its weight so far (no start bias). */
  static double[] ema(double[] y, double smoothing) {
    double[] out = new double[y.length];
    double avg = 0;
    double weight = 0;
    for (int i = 0; i < y.length; i++) {
      avg = smoothing * avg + (1 - smoothing) * y[i];
      weight = smoothing * weight + (1 - smoothing);
      out[i] = avg / weight;
    }
    return out;
  }

  /** A series is a method's, or one seed's run of it ({@code baseline/seed-1}, in a seed set's report). */
  private static Color color(String series) {
    return COLORS.getOrDefault(methodOf(series), Color.DARK_GRAY);
  }

  private static String methodOf(String series) {
    int slash = series.indexOf('/');
    return slash < 0 ? series : series.substring(0, slash);
  }

  private static double[] steps(List<Curve.Row> rows) {
    return rows.stream().mapToDouble(Curve.Row::step).toArray();
  }

  private static double[] values(List<Curve.Row> rows, java.util.function.ToDoubleFunction<Curve.Row> f) {
    return rows.stream().mapToDouble(f).toArray();
  }

  private static XYChart chart(String title, String x, String y) {
    XYChart chart = new XYChartBuilder().width(760).height(340).title(title).xAxisTitle(x).yAxisTitle(y).build();
    chart.getStyler().setMarkerSize(6);
    chart.getStyler().setChartTitleVisible(true);
    // The page is white: a grey frame around each chart looked like a placeholder.
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendBorderColor(Color.LIGHT_GRAY);
    // Update counts without thousands separators, at a slant: XChart 3.8.8 places a tick every few
    // updates whatever the spacing hint, and level labels ran together into one string.
    chart.getStyler().setXAxisDecimalPattern("#");
    chart.getStyler().setXAxisLabelRotation(45);
    chart.getStyler().setYAxisDecimalPattern("0.###");
    return chart;
  }

  /**
   * How many runs of consecutive points a long per-update curve is cut into for drawing: a little more than
   * the plot's width in pixels (about 520 of XChart's 760-pixel chart), so that keeping each run's first,
   * lowest, highest and last point draws what the whole curve would (the M4 reduction of Jugel et al., 2014).
   */
  static final int DRAWN_BUCKETS = 600;

  /**
   * A long curve thinned for drawing: in each of {@code buckets} runs of consecutive points, its first,
   * lowest, highest and last point, in order; a curve of at most 4 points a bucket is drawn whole. Every
   * point drawn is one of the curve's, and every spike stays visible. Why: XChart writes one SVG element a
   * segment, and bible-en-es seed 65's 14,500 updates (both methods) made its report.html 15 MB.
   */
  static double[][] thinned(double[] x, double[] y) {
    return thinned(x, y, DRAWN_BUCKETS);
  }

  static double[][] thinned(double[] x, double[] y, int buckets) {
    int n = x.length;
    if (n <= 4 * buckets) {
      return new double[][] {x, y};
    }
    int[] keep = new int[4 * buckets];
    int kept = 0;
    for (int b = 0; b < buckets; b++) {
      int from = (int) ((long) n * b / buckets);
      int to = (int) ((long) n * (b + 1) / buckets);
      int lo = from;
      int hi = from;
      for (int i = from + 1; i < to; i++) {
        if (y[i] < y[lo]) {
          lo = i;
        }
        if (y[i] > y[hi]) {
          hi = i;
        }
      }
      int[] picks = {from, Math.min(lo, hi), Math.max(lo, hi), to - 1};
      for (int p : picks) {
        if (kept == 0 || keep[kept - 1] < p) {
          keep[kept++] = p;
        }
      }
    }
    double[][] out = new double[2][kept];
    for (int k = 0; k < kept; k++) {
      out[0][k] = x[keep[k]];
      out[1][k] = y[keep[k]];
    }
    return out;
  }

  /** The raw values, faint and thin, not in the legend. */
  private static void raw(XYChart chart, String method, double[] x, double[] y) {
    if (x.length == 0) {
      return;
    }
    Color c = color(method);
    double[][] drawn = thinned(x, y);
    XYSeries s = chart.addSeries(method + " (raw)", drawn[0], drawn[1]);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
    s.setLineWidth(0.8f);
    s.setShowInLegend(false);
  }

  private static void smoothed(XYChart chart, String name, String method, double[] x, double[] y) {
    if (x.length == 0) {
      return;
    }
    // Smoothed over every update first, then thinned for drawing.
    double[][] drawn = thinned(x, ema(y, smoothing(y.length)));
    XYSeries s = chart.addSeries(name, drawn[0], drawn[1]);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(color(method));
    s.setLineWidth(2f);
  }

  /**
   * A one-axis study: R-Drop's score at each value of the axis, as bars with error bars of half the 95%
   * interval's width (XChart draws symmetric bars; the table beside it gives the interval itself).
   */
  static String studyBars(String title, String axis, String metric, List<String> values, List<Double> scores,
      List<Double> halfWidths) {
    org.knowm.xchart.CategoryChart chart = new org.knowm.xchart.CategoryChartBuilder().width(760).height(340)
        .title(title).xAxisTitle(axis).yAxisTitle(metric).build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setYAxisDecimalPattern("0.###");
    List<Double> y = scores.stream().map(v -> v == null ? Double.NaN : v).toList();
    List<Double> e = halfWidths.stream().map(v -> v == null ? 0.0 : v).toList();
    chart.addSeries(Method.RDROP.label(), values, y, e).setFillColor(color(Method.RDROP.label()));
    return svg(chart);
  }

  /** A two-axis study as a heat map of R-Drop's score. */
  static String studyHeatMap(String title, String rows, String columns, List<String> rowValues,
      List<String> columnValues, double[][] scores) {
    org.knowm.xchart.HeatMapChart chart = new org.knowm.xchart.HeatMapChartBuilder().width(760).height(460)
        .title(title).xAxisTitle(columns).yAxisTitle(rows).build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setShowValue(true);
    chart.getStyler().setHeatMapValueDecimalPattern("0.###");
    List<Number[]> cells = new java.util.ArrayList<>();
    for (int r = 0; r < rowValues.size(); r++) {
      for (int c = 0; c < columnValues.size(); c++) {
        if (!Double.isNaN(scores[r][c])) {
          cells.add(new Number[] {c, r, scores[r][c]});
        }
      }
    }
    chart.addSeries("R-Drop", columnValues, rowValues, cells);
    return svg(chart);
  }

  private static String svg(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    if (chart.getSeriesMap().isEmpty()) {
      return "<p>(no data)</p>";
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw " + chart.getTitle(), e);
    }
    String s = out.toString(StandardCharsets.UTF_8);
    int start = s.indexOf("<svg");
    return SvgPolylines.join(start >= 0 ? s.substring(start) : s);
  }
}
