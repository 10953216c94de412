package org.rdrop.testkit.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.testkit.format.ManifestJson;

/**
 * The metric table of a run's {@code report.json} (format rdrop-report/1, docs/report.md), read without
 * the pipeline's classes: what a paper verdict needs from an evaluation.
 *
 * @param file where it was read from, for messages
 * @param experiment the experiment the report is about
 * @param metrics the rows, in report order
 */
public record RunReport(Path file, String experiment, List<Metric> metrics) {
  public static final String FILE = "report.json";
  public static final String FORMAT = "rdrop-report/1";

  /**
   * One row. Nulls are values the evaluation could not produce.
   *
   * @param id stable key, e.g. {@code bleu}
   * @param deltaCi95 95% interval of R-Drop minus baseline, two numbers, or null
   */
  public record Metric(
      String id, String name, boolean higherIsBetter, Double baseline, Double rdrop, Double delta,
      List<Double> deltaCi95, Double pValue, String test) {

    /** The measurement as {@link PaperVerdicts} takes it; fails naming the missing field. */
    public MeasuredDelta measured(Path file) {
      String where = file + ": metric '" + id + "'";
      if (baseline == null || rdrop == null || delta == null || pValue == null || deltaCi95 == null) {
        throw new IllegalArgumentException(where + " lacks a score, delta, delta_ci95 or p_value (unknown values)");
      }
      return new MeasuredDelta(name, baseline, rdrop, delta, deltaCi95.get(0), deltaCi95.get(1), 0.95, pValue, test);
    }
  }

  public static RunReport read(Path file) throws IOException {
    JsonNode root;
    try {
      root = ManifestJson.MAPPER.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !FORMAT.equals(root.path("format").asText(null))) {
      throw new IOException(file + ": field format is " + (root == null ? "absent" : root.path("format"))
          + ", expected '" + FORMAT + "'");
    }
    JsonNode rows = root.path("metrics");
    if (!rows.isArray()) {
      throw new IOException(file + ": field metrics is not a list");
    }
    List<Metric> metrics = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode r = rows.get(i);
      String at = file + ": metrics[" + i + "]";
      String id = text(r, "id", at);
      List<Double> ci = null;
      JsonNode c = r.path("delta_ci95");
      if (c.isArray()) {
        if (c.size() != 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
          throw new IOException(at + " (" + id + "): field delta_ci95 must be two numbers, found " + c);
        }
        ci = List.of(c.get(0).asDouble(), c.get(1).asDouble());
      } else if (!c.isMissingNode() && !c.isNull()) {
        throw new IOException(at + " (" + id + "): field delta_ci95 must be two numbers or null, found " + c);
      }
      if (!r.path("higher_is_better").isBoolean()) {
        throw new IOException(at + " (" + id + "): field higher_is_better must be true or false");
      }
      metrics.add(new Metric(id, text(r, "name", at), r.path("higher_is_better").asBoolean(),
          number(r, "baseline", at), number(r, "rdrop", at), number(r, "delta", at), ci, number(r, "p_value", at),
          r.path("test").asText("")));
    }
    return new RunReport(file, root.path("experiment").asText(""), List.copyOf(metrics));
  }

  /** The row with this id, or null. */
  public Metric metric(String id) {
    return metrics.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
  }

  private static String text(JsonNode r, String field, String at) throws IOException {
    JsonNode n = r.path(field);
    if (!n.isTextual() || n.asText().isEmpty()) {
      throw new IOException(at + ": field " + field + " must be a non-empty string");
    }
    return n.asText();
  }

  private static Double number(JsonNode r, String field, String at) throws IOException {
    JsonNode n = r.path(field);
    if (n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (!n.isNumber()) {
      throw new IOException(at + ": field " + field + " must be a number or null, found " + n);
    }
    return n.asDouble();
  }
}
