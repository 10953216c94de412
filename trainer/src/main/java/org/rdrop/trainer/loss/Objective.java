package org.rdrop.trainer.loss;

import ai.djl.ndarray.NDArray;

/**
 * What an update, validation and the dropout diagnostic ask of the training objective: its sums over a
 * batch's stacked passes ({@link ChunkedRDropLoss.Result}) and, when asked, their gradients through the output
 * projection. Token models and classifiers use {@link ChunkedRDropLoss}; regression heads {@link RegressionLoss}.
 */
public interface Objective {
  /** The weight of the consistency term (0: the baseline's objective). */
  double alpha();

  /**
   * @param features [passes * B, T, d], pass p in rows [p*B, (p+1)*B)
   * @param weight output projection [V, d]
   * @param bias [V] or null
   * @param target B x T target ids (for a regression head, each row's value as {@link org.rdrop.trainer.data.RegressionTarget})
   */
  ChunkedRDropLoss.Result compute(
      NDArray features, NDArray weight, NDArray bias, int[] target, int rows, int passes, boolean gradients);

  /**
   * The objective of a model: squared error with the MSE consistency for a regression head, otherwise the
   * label-smoothed cross-entropy with {@code consistency}.
   */
  static Objective of(boolean regression, double labelSmoothing, double alpha, Consistency consistency) {
    if (regression) {
      return new RegressionLoss(alpha);
    }
    return new ChunkedRDropLoss(labelSmoothing, alpha, consistency);
  }
}
