package org.rdrop.pipeline.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's charts, drawn by XChart and embedded as SVG so report.html opens offline. */
final class ReportCharts {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private ReportCharts() {}

  /** Per-step training NLL (nats/token) of each method. */
  static String trainingLoss(Map<String, CurveTable> curves) {
    XYChart chart = chart("Training loss (NLL per target token)", "update", "nats / token");
    curves.forEach((method, c) -> line(chart, method, c.column("step"), c.column("nll")));
    return svg(chart);
  }

  /** Training NLL against validation NLL over time, per method: the paper's over-fitting figure. */
  static String trainVersusValid(Map<String, CurveTable> curves, Map<String, CurveTable> valid) {
    XYChart chart = chart("Training vs validation loss", "update", "nats / token");
    curves.forEach((method, c) -> line(chart, method + " train", c.column("step"), c.column("nll")));
    valid.forEach((method, v) -> {
      if (v.rows() > 0) {
        XYSeries s = chart.addSeries(method + " valid", v.column("step"), v.column("nll"));
        s.setMarker(SeriesMarkers.CIRCLE);
      }
    });
    return svg(chart);
  }

  /** The consistency (KL) term of R-Drop over time, before alpha. */
  static String klTerm(CurveTable rdrop) {
    XYChart chart = chart("R-Drop consistency term (bidirectional KL / 2, per token)", "update", "nats / token");
    line(chart, "rdrop", rdrop.column("step"), rdrop.column("kl"));
    return svg(chart);
  }

  private static XYChart chart(String title, String x, String y) {
    XYChart chart = new XYChartBuilder().width(760).height(340).title(title).xAxisTitle(x).yAxisTitle(y).build();
    chart.getStyler().setMarkerSize(5);
    chart.getStyler().setChartTitleVisible(true);
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
