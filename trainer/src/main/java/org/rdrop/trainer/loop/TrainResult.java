package org.rdrop.trainer.loop;

/**
 * What a training job did.
 *
 * @param identity run identity hash
 * @param updates updates completed
 * @param completed false when stopped by the request's {@code stopAfter}
 * @param paramsSha256 SHA-256 of model.params (null unless completed)
 * @param session what this process ran
 */
public record TrainResult(String identity, long updates, boolean completed, String paramsSha256, Session session) {

  /** Training complete: model.params written. */
  static TrainResult completed(String identity, long updates, String paramsSha256, Session session) {
    return new TrainResult(identity, updates, true, paramsSha256, session);
  }

  /** Stopped before the end, as if interrupted. */
  static TrainResult stopped(String identity, long updates, Session session) {
    return new TrainResult(identity, updates, false, null, session);
  }

  /**
   * What one training process ran. Timings are measurements for the caller's report; they are never written
   * into the run's outputs.
   *
   * @param steps updates this process ran
   * @param tokens target tokens (one copy) of those updates
   * @param seconds wall time of those updates
   * @param maskSeconds time spent making dropout masks within them
   * @param lastLoss loss of the last update this process ran (NaN if none)
   */
  public record Session(long steps, long tokens, double seconds, double maskSeconds, double lastLoss) {
    /** A process that ran no update (the run was already complete). */
    static final Session NONE = new Session(0, 0, 0, 0, Double.NaN);

    public double stepsPerSecond() {
      return seconds > 0 ? steps / seconds : Double.NaN;
    }
  }
}
