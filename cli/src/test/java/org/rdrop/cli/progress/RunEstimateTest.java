package org.rdrop.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rdrop.format.Method;

class RunEstimateTest {
  private static final long S = 1_000_000_000L;
  private final RunEstimate e = new RunEstimate(List.of(Method.BASELINE, Method.RDROP));

  @Test
  void nothingToEstimateBeforeTheFirstUpdate() {
    assertThat(e.trainingRemaining()).isEmpty();
    e.started(Method.BASELINE, 0, 100, 0);
    assertThat(e.remaining(Method.BASELINE)).isEmpty();
    assertThat(e.trainingRemaining()).isEmpty();
  }

  @Test
  void baselineRateAndThePriorForRdrop() {
    e.started(Method.BASELINE, 0, 100, 0);
    e.updated(Method.BASELINE, 50, 50 * S);
    // 50 updates in 50 s: 1 s/update, 50 left; R-Drop not started: 100 updates at 2 x 1 s.
    assertThat(e.secondsPerUpdate(Method.BASELINE)).contains(1.0);
    assertThat(e.remaining(Method.BASELINE)).contains(Duration.ofSeconds(50));
    assertThat(e.remaining(Method.RDROP)).contains(Duration.ofSeconds(200));
    assertThat(e.trainingRemaining()).contains(Duration.ofSeconds(250));
  }

  @Test
  void rdropUsesItsOwnRateOnceMeasured() {
    e.started(Method.BASELINE, 0, 100, 0);
    e.updated(Method.BASELINE, 100, 100 * S);
    e.started(Method.RDROP, 0, 100, 100 * S);
    e.updated(Method.RDROP, 10, 130 * S);
    // 10 updates in 30 s: 3 s/update (not the prior's 2), 90 left; the baseline is done.
    assertThat(e.secondsPerUpdate(Method.RDROP).orElseThrow()).isCloseTo(3.0, within(1e-12));
    assertThat(e.remaining(Method.BASELINE)).contains(Duration.ZERO);
    assertThat(e.trainingRemaining()).contains(Duration.ofSeconds(270));
  }

  @Test
  void aResumedRunMeasuresOnlyTheUpdatesOfThisProcess() {
    e.started(Method.BASELINE, 40, 100, 0);
    e.updated(Method.BASELINE, 70, 30 * S);
    assertThat(e.measuredSecondsPerUpdate(Method.BASELINE)).contains(1.0);
    assertThat(e.remaining(Method.BASELINE)).contains(Duration.ofSeconds(30));
  }

  @Test
  void aCompletedMethodNeedsNoRate() {
    e.started(Method.BASELINE, 100, 100, 0);
    assertThat(e.remaining(Method.BASELINE)).contains(Duration.ZERO);
    assertThat(e.measuredSecondsPerUpdate(Method.BASELINE)).isEmpty();
  }

  @Test
  void aMethodStoppedEarlyHasNothingLeftAndTheNextIsStillEstimatedToTheCap() {
    e.started(Method.BASELINE, 0, 12000, 0);
    e.updated(Method.BASELINE, 3100, 3100 * S);
    e.finished(Method.BASELINE); // patience stopped it at 3,100 of 12,000
    assertThat(e.remaining(Method.BASELINE)).contains(Duration.ZERO);
    // R-Drop, not started: to the cap at twice the baseline's 1 s/update.
    assertThat(e.trainingRemaining()).contains(Duration.ofSeconds(24000));
  }

  @Test
  void anUnboundedScheduleHasNoEstimate() {
    e.started(Method.BASELINE, 0, 0, 0);
    e.updated(Method.BASELINE, 10, 10 * S);
    assertThat(e.remaining(Method.BASELINE)).isEmpty();
    assertThat(e.trainingRemaining()).isEmpty();
  }

  @Test
  void durationsAreHoursMinutesSeconds() {
    assertThat(Durations.format(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
    assertThat(Durations.format(Duration.ofSeconds(100_000))).isEqualTo("27:46:40");
    assertThat(Durations.format(Duration.ofMillis(59_900))).isEqualTo("0:00:59");
    assertThat(Durations.format(Optional.empty())).isEqualTo("?");
  }
}
