package org.rdrop.trainer.loop;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time of the training loop by part, for timing.json: the update steps themselves ({@link #UPDATES}) and
 * each listener's hooks under its name (validation, the dropout-KL diagnostic, checkpoints, ...), so that a
 * run says what the loop adds to an update (issue 18). A measurement only: never in a run's outputs.
 */
final class LoopClock {
  /** The part that is the update steps (forward, backward, optimizer). */
  static final String UPDATES = "updates";

  private final Map<String, Long> nanos = new LinkedHashMap<>();

  LoopClock() {
    nanos.put(UPDATES, 0L);
  }

  void add(String part, long elapsedNanos) {
    nanos.merge(part, elapsedNanos, Long::sum);
  }

  /** Seconds by part so far, in the order the parts first took time. */
  Map<String, Double> seconds() {
    Map<String, Double> s = new LinkedHashMap<>();
    nanos.forEach((part, n) -> s.put(part, n / 1e9));
    return s;
  }
}
