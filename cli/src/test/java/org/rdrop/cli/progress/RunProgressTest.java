package org.rdrop.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.rdrop.format.Curve;
import org.rdrop.format.Method;

class RunProgressTest {
  private static final long S = 1_000_000_000L;
  private static final List<String> PLAN =
      List.of("prepare", "train baseline", "train rdrop", "decode/evaluate", "report");

  private final AtomicLong clock = new AtomicLong();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final RunProgress p = RunProgress.plain(new PrintStream(bytes, true, StandardCharsets.UTF_8), PLAN,
      List.of(Method.BASELINE, Method.RDROP), clock::get);

  private List<String> lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static Curve.Row row(long step, double loss) {
    return new Curve.Row(step, 1, 1, 8, 100, 1e-3, loss, loss, 0, 1);
  }

  @Test
  void plainLinesAtStageBoundariesAndEveryThirtySeconds() {
    p.begin("prepare");
    p.notes().println("prepare: smoke -> runs/x");
    clock.set(10 * S);
    p.tick(); // not due yet
    clock.set(31 * S);
    p.tick();
    clock.set(40 * S);
    p.end();
    p.started(Method.BASELINE, 0, 100);
    for (int k = 1; k <= 50; k++) {
      clock.set((40 + k) * S);
      p.updated(row(k, 5.0 + 1.0 / k));
      p.tick(); // due at 70 s, 30 s after the stage began
    }
    p.started(Method.RDROP, 0, 100);
    p.close();

    assertThat(lines()).containsExactly(
        "[1/5] prepare: started",
        "prepare: smoke -> runs/x",
        "[1/5] prepare: running, 0:00:31 in this stage | run 0:00:31",
        "[1/5] prepare: done in 0:00:40 | run 0:00:40",
        "[2/5] train baseline: started",
        // 30 updates in 30 s: 1 s/update; 70 baseline updates left, then R-Drop's 100 at twice that.
        "[2/5] train baseline: update 30/100 (30%), 1.000 s/update, loss 5.0333 | stage 0:00:30, ETA 0:01:10"
            + " | run 0:01:10, ETA 0:04:30 + evaluation",
        // The baseline stopped at 50 (as patience would stop it): nothing of it is left, only R-Drop's 100.
        "[2/5] train baseline: done in 0:00:50 (1.000 s/update) | run 0:01:30, ETA 0:03:20 + evaluation",
        "[3/5] train rdrop: started",
        "[3/5] train rdrop: done in 0:00:00 | run 0:01:30");
  }

  @Test
  void withPatienceTheEstimatesAreUpperBoundsAndTheFirstTrainingStageSaysWhy() {
    p.stopsByPatience(true);
    p.started(Method.BASELINE, 0, 12000);
    for (int k = 1; k <= 30; k++) {
      clock.set(k * S);
      p.updated(row(k, 5.0));
    }
    p.tick();
    p.started(Method.RDROP, 0, 12000);
    p.close();

    assertThat(lines()).containsExactly(
        "[2/5] train baseline: started",
        "ETAs count to update 12,000 (max_updates or max_epochs); patience usually stops training earlier",
        // 11,970 baseline updates left at 1 s, then R-Drop's 12,000 at twice that: bounds, not forecasts.
        "[2/5] train baseline: update 30/12000 (0%), 1.000 s/update, loss 5.0000 | stage 0:00:30, ETA <= 3:19:30"
            + " | run 0:00:30, ETA <= 9:59:30 + evaluation",
        "[2/5] train baseline: done in 0:00:30 (1.000 s/update) | run 0:00:30, ETA <= 6:40:00 + evaluation",
        "[3/5] train rdrop: started",
        "[3/5] train rdrop: done in 0:00:00 | run 0:00:30");
  }

  @Test
  void aStageOutsideThePlanIsAnError() {
    assertThatThrownBy(() -> p.begin("train")).hasMessageContaining("'train' is not in the plan");
  }
}
