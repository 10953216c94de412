package org.rdrop.pipeline.report;

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
import org.rdrop.testkit.format.Curve;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's charts, drawn by XChart and embedded as SVG so report.html opens offline. */
final class ReportCharts {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private ReportCharts() {}

  /** Per-step training NLL (nats/token) of each method. */
  static String trainingLoss(Map<String, List<Curve.Row>> curves) {
    XYChart chart = chart("Training loss (NLL per target token)", "update", "nats / token");
    curves.forEach((method, c) -> line(chart, method, steps(c), values(c, Curve.Row::nll)));
    return svg(chart);
  }

  /** Training NLL against validation NLL over time, per method: the paper's over-fitting figure. */
  static String trainVersusValid(Map<String, List<Curve.Row>> curves, Map<String, List<Curve.ValidRow>> valid) {
    XYChart chart = chart("Training vs validation loss", "update", "nats / token");
    curves.forEach((method, c) -> line(chart, method + " train", steps(c), values(c, Curve.Row::nll)));
    valid.forEach((method, v) -> {
      if (!v.isEmpty()) {
        double[] x = v.stream().mapToDouble(Curve.ValidRow::step).toArray();
        double[] y = v.stream().mapToDouble(Curve.ValidRow::nll).toArray();
        chart.addSeries(method + " valid", x, y).setMarker(SeriesMarkers.CIRCLE);
      }
    });
    return svg(chart);
  }

  /** The consistency (KL) term of R-Drop over time, before alpha. */
  static String klTerm(List<Curve.Row> rdrop) {
    XYChart chart = chart("R-Drop consistency term (bidirectional KL / 2, per token)", "update", "nats / token");
    line(chart, "rdrop", steps(rdrop), values(rdrop, Curve.Row::kl));
    return svg(chart);
  }

  private static double[] steps(List<Curve.Row> rows) {
    return rows.stream().mapToDouble(Curve.Row::step).toArray();
  }

  private static double[] values(List<Curve.Row> rows, java.util.function.ToDoubleFunction<Curve.Row> f) {
    return rows.stream().mapToDouble(f).toArray();
  }

  private static XYChart chart(String title, String x, String y) {
    XYChart chart = new XYChartBuilder().width(760).height(340).title(title).xAxisTitle(x).yAxisTitle(y).build();
    chart.getStyler().setMarkerSize(5);
    chart.getStyler().setChartTitleVisible(true);
    // The page is white: a grey frame around each chart looked like a placeholder.
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setLegendBorderColor(java.awt.Color.LIGHT_GRAY);
    return chart;
  }

  private static void line(XYChart chart, String name, double[] x, double[] y) {
    if (x.length == 0) {
      return;
    }
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
  }

  private static String svg(XYChart chart) {
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
    return start >= 0 ? s.substring(start) : s;
  }
}
