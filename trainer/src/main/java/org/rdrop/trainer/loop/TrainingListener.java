package org.rdrop.trainer.loop;

import java.io.IOException;
import java.util.Map;
import org.rdrop.format.Curve;

/**
 * One job done around the training loop, in the spirit of DJL's {@code TrainingListener}: the loop only
 * runs updates and decides when a checkpoint is due; it calls these hooks, in the order the listeners were
 * given to it, and each listener does one thing (the curve log, validation, checkpoints, progress, timing).
 * Hooks see the loop's position; none of them changes it.
 */
interface TrainingListener extends AutoCloseable {
  /**
   * Update {@code row.step()} is done: its curve row, and the nanoseconds its dropout masks took (a
   * measurement, never written into the run directory).
   */
  default void onUpdate(Curve.Row row, long maskNanos) throws IOException {}

  /**
   * A checkpoint is due at {@code at}. Listeners run in order: what an earlier one writes (a validation
   * row) is there when a later one (the checkpoint) records the logs' lengths.
   */
  default void onCheckpoint(Position at) throws IOException {}

  /**
   * The loop ran its last update of this process: training is complete ({@code completed}), or it stops as
   * if interrupted (the request's stop_after) and what was written must be readable as it is.
   */
  default void onLoopEnd(Position at, boolean completed) throws IOException {}

  /**
   * Training is complete and model.params written: move outputs to their final names and add what
   * summary.json says of them to {@code summary}.
   */
  default void onTrainingEnd(Position at, Map<String, Object> summary) throws IOException {}

  /** The loop is left, normally or by an exception: release files (what is buffered is written). */
  @Override
  default void close() throws IOException {}

  /**
   * Where the loop is: {@code updates} done, and the next batch's 1-based {@code epoch} and its index in
   * that epoch's order. A checkpoint records it, so a resumed run continues from the same place.
   */
  record Position(long updates, int epoch, int batchInEpoch) {}

  /** Tells a {@link TrainProgress} display of each update. */
  static TrainingListener progress(TrainProgress progress) {
    return new TrainingListener() {
      @Override
      public void onUpdate(Curve.Row row, long maskNanos) {
        progress.updated(row);
      }
    };
  }
}
