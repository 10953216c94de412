package org.rdrop.trainer.loop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.rdrop.format.Curve;

/**
 * Measures what this process ran: updates, tokens, dropout-mask time and wall time from the start of the
 * loop to its last update (validations and checkpoints on the way included, and split by part through the
 * {@link LoopClock}), for the caller's report and {@link TrainTiming}'s timing.json. Wall time is not
 * reproducible, so it goes into no output.
 */
final class SessionMeter implements TrainingListener {
  private final Path dir;
  private final LoopClock clock;
  private final long t0 = System.nanoTime();
  private long steps;
  private long tokens;
  private long maskNanos;
  private double lastLoss = Double.NaN;
  private double seconds;
  private boolean ended;
  private Map<String, Double> parts = Map.of();
  private final int session; // this process's entry in timing.json

  /** {@code dir}: where timing.json is kept; {@code clock}: the loop's time by part. */
  SessionMeter(Path dir, LoopClock clock) throws IOException {
    this.dir = dir;
    this.clock = clock;
    this.session = TrainTiming.sessions(dir);
  }

  @Override
  public void onUpdate(Curve.Row row, long maskNanos) {
    steps++;
    tokens += row.tokens();
    this.maskNanos += maskNanos;
    lastLoss = row.loss();
  }

  /** Listeners before this one have written the checkpoint: the time to here survives a kill after it. */
  @Override
  public void onCheckpoint(Position at) throws IOException {
    if (!ended) {
      TrainTiming.record(dir, session, at.updates(), steps, (System.nanoTime() - t0) / 1e9, clock.seconds());
    }
  }

  @Override
  public void onLoopEnd(Position at, boolean completed) throws IOException {
    seconds = (System.nanoTime() - t0) / 1e9;
    parts = clock.seconds(); // at the same moment: the final checkpoint after the loop counts in neither
    ended = true;
    if (!completed) {
      TrainTiming.record(dir, session, at.updates(), steps, seconds, parts);
    }
  }

  @Override
  public void onTrainingEnd(Position at, Map<String, Object> summary) throws IOException {
    TrainTiming.record(dir, session, at.updates(), steps, seconds, parts);
  }

  /** The measurements so far (complete once the loop has ended). */
  TrainResult.Session session() {
    return new TrainResult.Session(steps, tokens, seconds, maskNanos / 1e9, lastLoss);
  }
}
