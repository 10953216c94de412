package org.rdrop.trainer.loop;

/**
 * What a training job did. Timings are measurements for the caller's report; they are never written
 * into the run directory.
 *
 * @param identity run identity hash
 * @param updates updates completed
 * @param completed false when stopped by {@code stopAfter}
 * @param lastLoss loss of the last update this process ran (NaN if none)
 * @param paramsSha256 SHA-256 of model.params (null unless completed)
 * @param stepsRun updates this process ran
 * @param trainSeconds wall time of those updates
 * @param maskSeconds time spent making dropout masks within them
 * @param tokensRun target tokens (one copy) of those updates
 */
public record TrainResult(
    String identity,
    long updates,
    boolean completed,
    double lastLoss,
    String paramsSha256,
    long stepsRun,
    double trainSeconds,
    double maskSeconds,
    long tokensRun) {

  public double stepsPerSecond() {
    return trainSeconds > 0 ? stepsRun / trainSeconds : Double.NaN;
  }
}
