package org.rdrop.trainer.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rdrop.format.Curve;
import org.rdrop.trainer.config.TrainConfig;

class EarlyStoppingTest {
  /** Validation rows every 10 updates with these losses (nll = loss + 1). */
  static List<Curve.ValidRow> rows(double... losses) {
    List<Curve.ValidRow> out = new ArrayList<>();
    for (int i = 0; i < losses.length; i++) {
      out.add(new Curve.ValidRow(10L * (i + 1), 4, 40, losses[i], losses[i] + 1));
    }
    return out;
  }

  /** The update after which training stops, or -1 when it never does. */
  static long stopsAt(int patience, String metric, List<Curve.ValidRow> rows) {
    EarlyStopping s = new EarlyStopping(new TrainConfig.Convergence(patience, metric, "best", 0));
    for (Curve.ValidRow r : rows) {
      s.validated(r);
      if (s.shouldStop()) {
        return r.step();
      }
    }
    return -1;
  }

  @Test
  void stopsAfterPatienceValidationsWithoutStrictImprovement() {
    // best 3.0 at 30; 40 equal (not an improvement, as fairseq's a < b), 50 a dip still above 3.0, 60 worse.
    List<Curve.ValidRow> r = rows(5.0, 4.0, 3.0, 3.0, 3.5, 3.2, 4.0, 2.0);
    assertThat(stopsAt(1, "loss", r)).isEqualTo(40);
    assertThat(stopsAt(3, "loss", r)).isEqualTo(60);
    assertThat(stopsAt(5, "loss", r)).isEqualTo(-1); // 80 improves before a fifth miss
  }

  @Test
  void anImprovementResetsTheCount() {
    List<Curve.ValidRow> r = rows(5.0, 5.5, 4.9, 5.0, 5.1, 4.8, 4.9, 4.9);
    assertThat(stopsAt(2, "loss", r)).isEqualTo(50);
    assertThat(stopsAt(3, "loss", r)).isEqualTo(-1);
  }

  @Test
  void patienceZeroNeverStopsButStillTracksTheBest() {
    EarlyStopping s = EarlyStopping.replay(TrainConfig.Convergence.OFF, rows(5.0, 4.0, 6.0, 7.0, 8.0));
    assertThat(s.shouldStop()).isFalse();
    assertThat(s.bestStep()).hasValue(20);
    assertThat(s.best()).isEqualTo(4.0);
    assertThat(s.sinceBest()).isEqualTo(3);
  }

  @Test
  void theMetricChoosesTheColumn() {
    List<Curve.ValidRow> r = List.of(
        new Curve.ValidRow(10, 4, 40, 3.0, 2.0),
        new Curve.ValidRow(20, 4, 40, 2.9, 2.1),
        new Curve.ValidRow(30, 4, 40, 2.8, 2.2));
    assertThat(stopsAt(2, "loss", r)).isEqualTo(-1);
    assertThat(stopsAt(2, "nll", r)).isEqualTo(30);
    assertThat(EarlyStopping.replay(new TrainConfig.Convergence(0, "nll", "best", 0), r).bestStep()).hasValue(10);
  }

  @Test
  void replayEqualsLiveState() {
    TrainConfig.Convergence c = new TrainConfig.Convergence(3, "loss", "best", 0);
    List<Curve.ValidRow> r = rows(5.0, 4.0, 4.5, 4.2);
    EarlyStopping live = new EarlyStopping(c);
    r.forEach(live::validated);
    EarlyStopping replayed = EarlyStopping.replay(c, r);
    assertThat(replayed.bestStep()).isEqualTo(live.bestStep()).hasValue(20);
    assertThat(replayed.sinceBest()).isEqualTo(live.sinceBest()).isEqualTo(2);
  }
}
