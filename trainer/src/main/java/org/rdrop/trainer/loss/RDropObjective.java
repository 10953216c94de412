package org.rdrop.trainer.loss;

/**
 * The settings of the R-Drop objective, checked here once for both of its implementations: {@link RDropLoss}
 * (the reference, with autograd) and {@link ChunkedRDropLoss} (what training runs).
 *
 * @param labelSmoothing eps of the label-smoothed cross-entropy, in [0, 1)
 * @param alpha weight of the consistency term, finite and >= 0 (0: the baseline's objective)
 * @param consistency the consistency term between passes
 */
record RDropObjective(double labelSmoothing, double alpha, Consistency consistency) {
  RDropObjective {
    if (!(labelSmoothing >= 0 && labelSmoothing < 1)) {
      throw new IllegalArgumentException("label_smoothing must be in [0, 1): " + labelSmoothing);
    }
    if (!(alpha >= 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be finite and >= 0: " + alpha);
    }
  }
}
