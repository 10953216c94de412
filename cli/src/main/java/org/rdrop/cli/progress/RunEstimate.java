package org.rdrop.cli.progress;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rdrop.format.Method;

/**
 * Time left in the training stages of a run, from the updates still to do and the rate measured in this
 * process:
 *
 * <ul>
 *   <li>a method's seconds per update is measured from its {@code started} to its latest update (updates
 *       done before a resume do not count: their time is unknown);
 *   <li>before R-Drop has done an update it is assumed to cost {@link #RDROP_COST_PRIOR} baseline updates
 *       (it runs each batch through the model twice); once it has, its own measured rate is used;
 *   <li>a method not started yet is assumed to stop where the first started one would (same schedule, same
 *       batches);
 *   <li>a method whose stage has ended has nothing left, wherever it stopped (patience ends training before
 *       max_updates);
 *   <li>the stages after training (decoding, BLEU, report) are not estimated: the run's estimate is the
 *       training still to do, and the display says so.
 * </ul>
 *
 * Not thread-safe: the owner synchronizes.
 */
final class RunEstimate {
  /** Assumed cost of an R-Drop update in baseline updates until one is measured. */
  static final double RDROP_COST_PRIOR = 2.0;

  private final List<Method> planned;
  private final Map<Method, Track> tracks = new EnumMap<>(Method.class);

  /** @param planned the methods this run trains, in order */
  RunEstimate(List<Method> planned) {
    this.planned = List.copyOf(planned);
  }

  private static final class Track {
    final long total;
    final long startDone;
    final long startNanos;
    long done;
    long lastNanos;
    boolean finished;

    Track(long total, long done, long nanos) {
      this.total = total;
      this.startDone = done;
      this.startNanos = nanos;
      this.done = done;
      this.lastNanos = nanos;
    }

    boolean measured() {
      return done > startDone && lastNanos > startNanos;
    }

    double secondsPerUpdate() {
      return (lastNanos - startNanos) / 1e9 / (done - startDone);
    }
  }

  void started(Method m, long done, long total, long nanos) {
    tracks.put(m, new Track(total, done, nanos));
  }

  void updated(Method m, long done, long nanos) {
    Track t = tracks.get(m);
    if (t != null) {
      t.done = done;
      t.lastNanos = nanos;
    }
  }

  /** {@code m}'s training is over, wherever it stopped. */
  void finished(Method m) {
    Track t = tracks.get(m);
    if (t != null) {
      t.finished = true;
    }
  }

  /** Seconds per update of {@code m} measured in this process, if it did an update. */
  Optional<Double> measuredSecondsPerUpdate(Method m) {
    Track t = tracks.get(m);
    return t != null && t.measured() ? Optional.of(t.secondsPerUpdate()) : Optional.empty();
  }

  /** Measured seconds per update of {@code m}, or derived from the other method's through the prior. */
  Optional<Double> secondsPerUpdate(Method m) {
    Track own = tracks.get(m);
    if (own != null && own.measured()) {
      return Optional.of(own.secondsPerUpdate());
    }
    Method other = m == Method.RDROP ? Method.BASELINE : Method.RDROP;
    Track t = tracks.get(other);
    if (t == null || !t.measured()) {
      return Optional.empty();
    }
    double s = t.secondsPerUpdate();
    return Optional.of(m == Method.RDROP ? s * RDROP_COST_PRIOR : s / RDROP_COST_PRIOR);
  }

  /** Updates done and the stopping update of {@code m}, if known. */
  Optional<long[]> position(Method m) {
    Track t = tracks.get(m);
    if (t != null) {
      return t.total > 0 ? Optional.of(new long[] {t.done, t.total}) : Optional.empty();
    }
    // Not started: assume it stops where a started method does.
    return tracks.values().stream().filter(s -> s.total > 0).findFirst().map(s -> new long[] {0, s.total});
  }

  /** Time left for {@code m}'s training. */
  Optional<Duration> remaining(Method m) {
    Track t = tracks.get(m);
    if (t != null && t.finished) {
      return Optional.of(Duration.ZERO);
    }
    Optional<long[]> pos = position(m);
    if (pos.isPresent() && pos.get()[0] >= pos.get()[1]) {
      return Optional.of(Duration.ZERO);
    }
    Optional<Double> spu = secondsPerUpdate(m);
    if (pos.isEmpty() || spu.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofMillis(Math.round((pos.get()[1] - pos.get()[0]) * spu.get() * 1000)));
  }

  /** Time left for all planned training (methods done count zero). */
  Optional<Duration> trainingRemaining() {
    Duration sum = Duration.ZERO;
    for (Method m : planned) {
      Optional<Duration> r = remaining(m);
      if (r.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.plus(r.get());
    }
    return Optional.of(sum);
  }
}
