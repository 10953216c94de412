package org.rdrop.trainer.optim;

import ai.djl.ndarray.NDArray;
import java.util.List;

/** fairseq's gradient handling between backward and the optimizer: normalise, measure, clip. */
public final class Gradients {
  private Gradients() {}

  /** Multiplies every gradient in place (fairseq divides by the sample size this way). */
  public static void scale(List<NDArray> grads, double factor) {
    for (NDArray g : grads) {
      g.muli((float) factor);
    }
  }

  /**
   * The L2 norm over all gradients: per-tensor sums of squares from the engine, added in parameter
   * order in double precision.
   */
  public static double l2Norm(List<NDArray> grads) {
    double sum = 0;
    for (NDArray g : grads) {
      try (NDArray sq = g.square().sum()) {
        sum += sq.getFloat();
      }
    }
    return Math.sqrt(sum);
  }

  /**
   * fairseq's {@code clip_grad_norm_}: when {@code maxNorm > 0}, scales by maxNorm / (norm + 1e-6) if that
   * is below 1. Returns the factor applied (1 when none).
   */
  public static double clip(List<NDArray> grads, double norm, double maxNorm) {
    if (maxNorm <= 0) {
      return 1;
    }
    double coef = maxNorm / (norm + 1e-6);
    if (coef < 1) {
      scale(grads, coef);
      return coef;
    }
    return 1;
  }
}
