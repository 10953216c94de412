package org.rdrop.trainer.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.rdrop.trainer.data.RegressionTarget;

/**
 * The R-Drop objective of a scalar regression head (the paper's STS-B form): with z_p the prediction of pass p
 * for one example and y its target,
 *
 * <pre>
 *   SE    = sum over passes and examples of (z_p - y)^2
 *   MSE   = mean over pass pairs (i < j) of sum over examples of (z_i - z_j)^2   (as {@link RDropLoss}'s MSE)
 *   total = SE + alpha * MSE
 *   d total / d z_p = 2 (z_p - y) + alpha * 4 c_p / (P - 1),   c_p = z_p - mean_q z_q
 * </pre>
 *
 * The caller divides by the example count ({@code tokens}: one target per example), as for token models.
 * {@code nll} holds SE so that the curve's nll column is the mean squared error. The predictions are
 * projected with torch and the rest is done in double on the Java side (B values per pass), so the terms
 * and gradients do not depend on a kernel's summation order.
 */
public final class RegressionLoss implements Objective {
  private final double alpha;

  public RegressionLoss(double alpha) {
    if (!(alpha >= 0) || Double.isInfinite(alpha)) {
      throw new IllegalArgumentException("alpha must be finite and >= 0: " + alpha);
    }
    this.alpha = alpha;
  }

  @Override
  public double alpha() {
    return alpha;
  }

  @Override
  public ChunkedRDropLoss.Result compute(
      NDArray features, NDArray weight, NDArray bias, int[] target, int rows, int passes, boolean gradients) {
    Shape fs = features.getShape();
    int d = (int) fs.get(2);
    if (fs.get(0) != (long) rows * passes || fs.get(1) != 1 || target.length != 2 * rows
        || weight.getShape().get(0) != 1) {
      throw new IllegalArgumentException("a regression head needs [passes * rows, 1, d] features, one target a row"
          + " and a [1, d] weight: features " + fs + ", " + target.length + " targets, weight " + weight.getShape());
    }
    NDManager manager = features.getManager();
    NDArray h = features.reshape((long) rows * passes, d);
    float[] z = h.getNDArrayInternal().linear(h, weight, bias).singletonOrThrow().toFloatArray();
    double se = 0;
    double cons = 0;
    double[] grad = new double[z.length];
    int pairs = passes * (passes - 1) / 2;
    for (int r = 0; r < rows; r++) {
      double y = RegressionTarget.value(target, 2 * r);
      double mean = 0;
      for (int p = 0; p < passes; p++) {
        mean += z[p * rows + r];
      }
      mean /= passes;
      for (int p = 0; p < passes; p++) {
        double zp = z[p * rows + r];
        se += (zp - y) * (zp - y);
        double c = zp - mean;
        // sum over pairs of (z_i - z_j)^2 = P * sum_p c_p^2
        cons += passes * c * c;
        grad[p * rows + r] = 2 * (zp - y) + (pairs > 0 ? alpha * 4 * c / (passes - 1) : 0);
      }
    }
    cons = pairs > 0 ? cons / pairs : 0;
    if (!gradients) {
      return new ChunkedRDropLoss.Result(se + alpha * cons, se, cons, rows, passes, null, null, null);
    }
    float[] g = new float[grad.length];
    for (int i = 0; i < g.length; i++) {
      g[i] = (float) grad[i];
    }
    NDArray gz = manager.create(g, new Shape(g.length, 1));
    NDArray gradFeatures = gz.matMul(weight).reshape(fs);
    NDArray gradWeight = gz.transpose().matMul(h);
    NDArray gradBias = bias == null ? null : gz.sum(new int[] {0});
    return new ChunkedRDropLoss.Result(se + alpha * cons, se, cons, rows, passes, gradFeatures, gradWeight, gradBias);
  }
}
