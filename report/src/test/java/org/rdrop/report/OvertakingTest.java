package org.rdrop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rdrop.format.Curve;
import org.rdrop.format.Report;

/** The overtaking point on hand-made curves, and how report.md states it beside the dropout KL column. */
class OvertakingTest {
  /** Updates 1..n of {@code tokens} target tokens each, {@code passes} passes an update. */
  static List<Curve.Row> curve(int n, int passes, long tokens) {
    List<Curve.Row> rows = new ArrayList<>();
    for (int s = 1; s <= n; s++) {
      rows.add(new Curve.Row(s, 1, passes, 4, tokens, 1e-3, 5, 5, 0, 1));
    }
    return rows;
  }

  /** Validations at updates 10, 20, ... with these nll values. */
  static List<Curve.ValidRow> valid(double... nll) {
    List<Curve.ValidRow> rows = new ArrayList<>();
    for (int i = 0; i < nll.length; i++) {
      rows.add(new Curve.ValidRow(10L * (i + 1), 8, 100, nll[i] + 0.5, nll[i]));
    }
    return rows;
  }

  static final List<Curve.Row> BASE = curve(40, 1, 100);
  static final List<Curve.Row> RDROP = curve(40, 2, 100);

  @Test
  void theFirstValidationBelowTheBaselinesIsThePointWithTheComputeSpentUpToIt() {
    // R-Drop is behind at 10 and 20, below at 30 (and 40): update 30; 30 updates x 100 tokens x 1 or 2 passes.
    Report.Overtake o = Overtaking.of(valid(5.0, 4.5, 4.2, 4.1), valid(5.2, 4.6, 4.1, 3.9), BASE, RDROP);
    assertThat(o).isEqualTo(new Report.Overtake(Report.Overtake.OVERTAKES, 30L, 4, 3000L, 6000L));
    assertThat(Overtaking.line(o)).isEqualTo("Where R-Drop overtakes the baseline (its validation NLL below the"
        + " baseline's at the same update, and at every validation after it): at update 30, after 6000 target-token passes of R-Drop training and 3000"
        + " of the baseline's (4 validations compared).");
    // Equal is not below.
    assertThat(Overtaking.of(valid(5.0, 4.5), valid(5.0, 4.4), BASE, RDROP).step()).isEqualTo(20L);
  }

  @Test
  void aMomentBelowThatDoesNotLastIsNotThePoint() {
    // Below at 10 by a hair, behind at 20, below from 30 on: update 30, as bible-en-es seed 66 (100, then 2,200).
    Report.Overtake o = Overtaking.of(valid(5.0, 4.5, 4.2, 4.1), valid(4.99, 4.6, 4.1, 3.9), BASE, RDROP);
    assertThat(o).isEqualTo(new Report.Overtake(Report.Overtake.OVERTAKES, 30L, 4, 3000L, 6000L));
    // Below early, behind at the last validation compared: no overtaking point.
    Report.Overtake gone = Overtaking.of(valid(5.0, 4.5, 4.2), valid(4.9, 4.4, 4.3), BASE, RDROP);
    assertThat(gone).isEqualTo(new Report.Overtake(Report.Overtake.NOT_LASTING, null, 3, null, null));
    assertThat(Overtaking.line(gone)).endsWith(": nowhere: below at some validations, but not at the last one"
        + " compared (3 validations compared).");
    assertThat(Overtaking.wallTime(gone, 0.25, 0.5)).isNull();
  }

  @Test
  void belowAtTheFirstValidationIsFromTheStart() {
    Report.Overtake o = Overtaking.of(valid(5.0, 4.5), valid(4.9, 4.4), BASE, RDROP);
    assertThat(o).isEqualTo(new Report.Overtake(Report.Overtake.FROM_FIRST_VALIDATION, 10L, 2, 1000L, 2000L));
    assertThat(Overtaking.line(o)).endsWith(": from the first validation on (update 10, 2000 vs 1000 target-token"
        + " passes).");
  }

  @Test
  void neverBelowIsNeverWithinTheRun() {
    Report.Overtake o = Overtaking.of(valid(5.0, 4.5, 4.2), valid(5.1, 4.6, 4.2), BASE, RDROP);
    assertThat(o).isEqualTo(new Report.Overtake(Report.Overtake.NEVER, null, 3, null, null));
    assertThat(Overtaking.line(o)).endsWith(": never within the run (3 validations compared).");
    assertThat(Overtaking.wallTime(o, 0.25, 0.5)).isNull();
  }

  @Test
  void onlyUpdatesBothMethodsValidatedAreCompared() {
    // R-Drop stopped by patience after 20: its later validations do not exist, the baseline's are not compared.
    Report.Overtake o = Overtaking.of(valid(5.0, 4.5, 3.0, 2.0), valid(5.1, 4.4), BASE, RDROP);
    assertThat(o).isEqualTo(new Report.Overtake(Report.Overtake.OVERTAKES, 20L, 2, 2000L, 4000L));
    assertThat(Overtaking.of(valid(5.0), List.of(), BASE, RDROP)).isNull();
    assertThat(Overtaking.line(Overtaking.of(valid(5.0), valid(5.5), BASE, RDROP)))
        .endsWith(": never within the run (1 validation compared).");
    assertThat(Overtaking.line(null)).isNull();
  }

  @Test
  void wallTimeComesFromEachMethodsSecondsPerUpdate() {
    Report.Overtake o = new Report.Overtake(Report.Overtake.OVERTAKES, 400L, 4, 1L, 2L);
    assertThat(Overtaking.wallTime(o, 0.25, 0.5)).isEqualTo("R-Drop overtakes the baseline for good at update 400: about 200 s"
        + " of R-Drop training and 100 s of the baseline's (400 updates x the measured seconds per update).");
    assertThat(Overtaking.wallTime(o, null, 0.5)).isNull();
    Report.Overtake first = new Report.Overtake(Report.Overtake.FROM_FIRST_VALIDATION, 150L, 2, 1L, 2L);
    assertThat(Overtaking.wallTime(first, 0.1, 0.3)).isEqualTo("R-Drop is below the baseline from the first"
        + " validation on, update 150: about 45 s of R-Drop training and 15 s of the baseline's (150 updates x the"
        + " measured seconds per update).");
  }

  @Test
  void reportMdHasTheDropoutKlColumnAndTheOvertakingLine() {
    TreeMap<String, Report.Training> training = new TreeMap<>(Map.of(
        "baseline", new Report.Training(40, 1, 4.0, 10, 4.1, 4.1, 0, 0.75, "b", 40, 4000, null),
        "rdrop", new Report.Training(40, 1, 3.9, 10, 3.9, 3.9, 0.2, null, "r", 80, 8000, null)));
    Report r = new Report(Report.FORMAT, "fixture", "made up", new TreeMap<>(Map.of("hash", "feed")), null, null,
        training, List.of(), List.of(), List.of(), Overtaking.of(valid(5.0, 4.5), valid(5.1, 4.4), BASE, RDROP), null);
    String md = ReportWriter.markdown(r);
    assertThat(md).contains("| final KL | final dropout KL (valid) | passes |")
        .contains("| baseline | 40 | 1 | 4.0000 | 4.1000 | 4.1000 | 0.0000 | 0.7500 | 40 | 4000 |")
        // A run trained before the diagnostic: unknown.
        .contains("| rdrop | 40 | 1 | 3.9000 | 3.9000 | 3.9000 | 0.2000 | unknown | 80 | 8000 |")
        .contains("\nWhere R-Drop overtakes the baseline (its validation NLL below the baseline's at the same update,"
            + " and at every validation after it): at update 20, after 4000 target-token passes of R-Drop training and 2000 of the baseline's"
            + " (2 validations compared).\n");
    assertThat(md.lines().filter(l -> l.startsWith("|---")).toList())
        .contains("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  }
}
