package org.rdrop.trainer.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import org.rdrop.trainer.data.Specials;
import org.rdrop.trainer.model.Scalars;

/**
 * The R-Drop objective as the official translation criterion ({@code reg_label_smoothed_cross_entropy})
 * computes it, generalised to m passes:
 *
 * <pre>
 *   CE    = sum over passes and non-pad tokens of the label-smoothed NLL:
 *           (1 - eps - eps/(V-1)) * nll + eps/(V-1) * sum_v(-log p_v)      (fairseq 1.0's smoothing)
 *   KL    = mean over pass pairs (i < j) of
 *           1/2 * sum over non-pad tokens and vocabulary of [KL(P_i || P_j) + KL(P_j || P_i)]
 *         = 1/2 * sum (p_i - p_j) * (log p_i - log p_j)      (plain distributions, no smoothing)
 *   MSE   = mean over pass pairs of sum over non-pad tokens and outputs of (z_i - z_j)^2 (raw outputs z,
 *           no halving, as the official regression criterion's {@code mse_loss(reduction="sum")})
 *   total = CE + alpha * (KL or MSE)
 * </pre>
 *
 * For m = 2 the pair mean is the single pair, so this is exactly the official formula. The caller
 * normalises by ONE copy's token count ({@link LossTerms#tokens()}), as fairseq's sample size. With one
 * pass (the baseline) the consistency term is zero and only CE remains.
 */
public final class RDropLoss {
  private final RDropObjective objective;

  public RDropLoss(double labelSmoothing, double alpha, Consistency consistency) {
    this.objective = new RDropObjective(labelSmoothing, alpha, consistency);
  }

  public double alpha() {
    return objective.alpha();
  }

  /**
   * @param logits [passes * B, T, V], pass p in rows [p*B, (p+1)*B)
   * @param target B x T target ids, row-major, {@link Specials#PAD} where padded
   * @param rows B
   * @param passes number of stacked passes (1 for the baseline)
   */
  public LossTerms compute(NDArray logits, int[] target, int rows, int passes, NDManager manager) {
    double labelSmoothing = objective.labelSmoothing();
    double alpha = objective.alpha();
    Consistency consistency = objective.consistency();
    Shape shape = logits.getShape();
    long vocab = shape.get(2);
    int len = (int) shape.get(1);
    if (shape.get(0) != (long) rows * passes || (long) rows * len != target.length) {
      throw new IllegalArgumentException(
          "logits " + shape + " do not match " + passes + " passes of a " + rows + "x" + (target.length / Math.max(rows, 1)) + " target");
    }
    long[] ids = new long[target.length * passes];
    float[] mask = new float[target.length * passes];
    long tokens = 0;
    for (int i = 0; i < target.length; i++) {
      boolean real = target[i] != Specials.PAD;
      tokens += real ? 1 : 0;
      for (int p = 0; p < passes; p++) {
        ids[p * target.length + i] = target[i];
        mask[p * target.length + i] = real ? 1f : 0f;
      }
    }
    NDArray tokenMask = manager.create(mask, new Shape((long) rows * passes, len));
    NDArray tgt = manager.create(ids, new Shape((long) rows * passes, len, 1));

    NDArray lprobs = logits.logSoftmax(-1);
    NDArray nll = lprobs.gather(tgt, 2).squeeze(2).neg().mul(tokenMask).sum();
    NDArray total;
    if (labelSmoothing > 0) {
      double epsI = labelSmoothing / (vocab - 1);
      NDArray smooth = lprobs.sum(new int[] {2}).neg().mul(tokenMask).sum();
      // Float scalars (a 0-d float tensor times a double one would become float64), made with
      // Scalars so that they outlive the backward pass.
      total = nll.mul(Scalars.of(nll, (float) (1 - labelSmoothing - epsI))).add(smooth.mul(Scalars.of(nll, (float) epsI)));
    } else {
      total = nll;
    }
    NDArray cons;
    if (passes >= 2) {
      NDArray oneCopyMask = tokenMask.get(new NDIndex("0:{}", rows));
      NDArray source = consistency == Consistency.KL ? lprobs : logits;
      NDArray probs = consistency == Consistency.KL ? lprobs.exp() : null;
      cons = null;
      int pairs = 0;
      for (int i = 0; i < passes; i++) {
        for (int j = i + 1; j < passes; j++) {
          NDArray term = pairTerm(source, probs, i, j, rows).mul(oneCopyMask).sum();
          cons = cons == null ? term : cons.add(term);
          pairs++;
        }
      }
      if (consistency == Consistency.KL) {
        cons = cons.mul(Scalars.of(cons, 0.5f));
      }
      if (pairs > 1) {
        cons = cons.div(Scalars.of(cons, pairs));
      }
      total = alpha > 0 ? total.add(cons.mul(Scalars.of(cons, (float) alpha))) : total;
    } else {
      cons = manager.zeros(new Shape());
    }
    return new LossTerms(total, nll, cons, tokens, passes);
  }

  /** Per-token [B, T] consistency between passes i and j (before masking and halving). */
  private NDArray pairTerm(NDArray source, NDArray probs, int i, int j, int rows) {
    NDArray a = rowsOf(source, i, rows);
    NDArray b = rowsOf(source, j, rows);
    NDArray diff = a.sub(b);
    if (objective.consistency() == Consistency.KL) {
      return rowsOf(probs, i, rows).sub(rowsOf(probs, j, rows)).mul(diff).sum(new int[] {2});
    }
    return diff.square().sum(new int[] {2});
  }

  private static NDArray rowsOf(NDArray x, int pass, int rows) {
    return x.get(new NDIndex("{}:{}", (long) pass * rows, (long) (pass + 1) * rows));
  }
}
