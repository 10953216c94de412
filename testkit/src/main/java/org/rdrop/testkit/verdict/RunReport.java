package org.rdrop.testkit.verdict;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.format.ManifestJson;
import org.rdrop.format.RunDirectory;

/**
 * The metric table of a run's {@code report.json} (format rdrop-report/1, docs/run-directory.md), read without
 * the pipeline's classes: what a paper verdict needs from an evaluation.
 *
 * @param file where it was read from, for messages
 * @param experiment the experiment the report is about
 * @param metrics the rows, in report order
 * @param training per trained method (report order of {@code training}), whether it converged
 */
public record RunReport(Path file, String experiment, List<Metric> metrics, List<Training> training) {
  public static final String FILE = RunDirectory.REPORT_JSON;
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

  /**
   * Whether a method's training converged, as the report's {@code training.<method>.convergence} says.
   *
   * @param converged null when the report does not say (trained before convergence was recorded)
   * @param detail one line for a verdict's reasons
   */
  public record Training(String method, Boolean converged, String detail) {}

  /**
   * Null when every method converged; otherwise why the claim cannot be judged yet, naming each method
   * whose validation still improved at its last checkpoints or whose convergence the report does not state.
   */
  public String notConverged() {
    if (training.isEmpty()) {
      return "the report states no training (convergence unknown)";
    }
    List<String> why = training.stream().filter(t -> !Boolean.TRUE.equals(t.converged())).map(Training::detail).toList();
    return why.isEmpty() ? null : String.join("; ", why);
  }

  public static RunReport read(Path file) throws IOException {
    return parse(Files.readString(file), file);
  }

  /** A report from its JSON text; {@code file} names it in messages. */
  public static RunReport parse(String json, Path file) throws IOException {
    JsonNode root;
    try {
      root = ManifestJson.MAPPER.readTree(json);
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
    List<Training> training = new ArrayList<>();
    var methods = root.path("training").fields();
    while (methods.hasNext()) {
      var e = methods.next();
      training.add(training(e.getKey(), e.getValue().path("convergence")));
    }
    return new RunReport(file, root.path("experiment").asText(""), List.copyOf(metrics), List.copyOf(training));
  }

  private static Training training(String method, JsonNode c) {
    if (!c.isObject() || !c.path("converged").isBoolean()) {
      return new Training(method, null, method + ": the report does not say whether training converged");
    }
    String best = c.path("best_update").isNumber()
        ? "best validation at update " + c.get("best_update").asLong() + ", " + c.path("validations_since_best").asInt()
            + " validation(s) after it"
        : "no validation";
    boolean converged = c.get("converged").asBoolean();
    return new Training(method, converged, method + ": " + (converged ? "converged" : "NOT converged") + " (" + best
        + "; " + c.path("window").asInt() + " without improvement count as converged; stopped by "
        + c.path("stopped_by").asText("?") + ")");
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
