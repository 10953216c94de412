package org.rdrop.testkit.verdict;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rdrop.format.Report;
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
    return of(Report.read(file), file);
  }

  /** A report from its JSON text; {@code file} names it in messages. */
  public static RunReport parse(String json, Path file) throws IOException {
    return of(Report.parse(json, file), file);
  }

  /** The verdicts' view of {@code report}, read from (or to be written to) {@code file}. */
  public static RunReport of(Report report, Path file) {
    List<Metric> metrics = new ArrayList<>();
    for (Report.Metric m : report.metrics()) {
      metrics.add(new Metric(m.id(), m.name(), m.higherIsBetter(), m.baseline(), m.rdrop(), m.delta(),
          m.deltaCi95() == null ? null : List.copyOf(m.deltaCi95()), m.pValue(), m.test() == null ? "" : m.test()));
    }
    List<Training> training = new ArrayList<>();
    if (report.training() != null) {
      report.training().forEach((method, t) -> training.add(training(method, t.convergence())));
    }
    return new RunReport(file, report.experiment() == null ? "" : report.experiment(), List.copyOf(metrics),
        List.copyOf(training));
  }

  private static Training training(String method, Report.Convergence c) {
    if (c == null || c.converged() == null) {
      return new Training(method, null, method + ": the report does not say whether training converged");
    }
    String best = c.bestUpdate() != null
        ? "best validation at update " + c.bestUpdate() + ", "
            + (c.validationsSinceBest() == null ? 0 : c.validationsSinceBest()) + " validation(s) after it"
        : "no validation";
    boolean converged = c.converged();
    return new Training(method, converged, method + ": " + (converged ? "converged" : "NOT converged") + " (" + best
        + "; " + c.window() + " without improvement count as converged; stopped by "
        + (c.stoppedBy() == null ? "?" : c.stoppedBy()) + ")");
  }

  /** The row with this id, or null. */
  public Metric metric(String id) {
    return metrics.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
  }
}
