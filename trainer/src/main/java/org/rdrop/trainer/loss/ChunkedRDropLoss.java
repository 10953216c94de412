package org.rdrop.trainer.loss;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.rdrop.trainer.data.Specials;

/**
 * The R-Drop objective of {@link RDropLoss} fused with the output projection and computed in chunks of
 * tokens, with its gradient written out analytically instead of recorded by autograd.
 *
 * <p>Why: the [passes x tokens x vocabulary] logits dominate memory (1.3 GB for 2 x 4096 tokens and a
 * 10k vocabulary, several times that with autograd's saved tensors) and their element-wise passes
 * stream through RAM. Chunks of about {@code chunkElements} logits stay in cache and nothing of that
 * size is ever stored.
 *
 * <p>With z the logits of one token, p = softmax(z), eps' = eps / (V - 1) and c = 1 - eps - eps':
 *
 * <pre>
 *   d CE / dz                 = p - eps' - c * onehot(y)                      (the p coefficient is exactly 1)
 *   KL_ij = 1/2 sum_v (p_i - p_j)(z_i - z_j)                                  (the log-sum-exp terms cancel)
 *   d KL_ij / dz_i            = 1/2 [ p_i (Z - a_i) + p_i - p_j ],  Z = z_i - z_j, a_i = sum_v p_i Z
 *   d KL_ij / dz_j            = 1/2 [ p_j (a_j - Z) + p_j - p_i ]
 *   MSE_ij = sum_v Z^2;  d MSE_ij / dz_i = 2 Z = -d MSE_ij / dz_j
 * </pre>
 *
 * and the objective CE + alpha * mean over pairs, exactly as {@link RDropLoss} (a test checks values and
 * every parameter's gradient against it). Padded tokens get zero gradient.
 */
public final class ChunkedRDropLoss {
  /** Logits per chunk by default: 2^20 floats (4 MB), small enough for the caches. */
  public static final int DEFAULT_CHUNK_ELEMENTS = 1 << 20;

  private final double labelSmoothing;
  private final double alpha;
  private final Consistency consistency;
  private final int chunkElements;

  public ChunkedRDropLoss(double labelSmoothing, double alpha, Consistency consistency, int chunkElements) {
    new RDropLoss(labelSmoothing, alpha, consistency); // same argument checks
    if (chunkElements < 1) {
      throw new IllegalArgumentException("chunkElements must be >= 1");
    }
    this.labelSmoothing = labelSmoothing;
    this.alpha = alpha;
    this.consistency = consistency;
    this.chunkElements = chunkElements;
  }

  public ChunkedRDropLoss(double labelSmoothing, double alpha, Consistency consistency) {
    this(labelSmoothing, alpha, consistency, DEFAULT_CHUNK_ELEMENTS);
  }

  public double alpha() {
    return alpha;
  }

  /**
   * Sums (as {@link LossTerms} defines them) and, when requested, the gradients of {@code total}.
   *
   * @param gradFeatures d total / d features, shaped like the features (null without gradients)
   * @param gradWeight d total / d weight through the output projection only (null without gradients)
   * @param gradBias d total / d bias (null without gradients or bias)
   */
  public record Result(
      double total, double nll, double consistency, long tokens, int passes, NDArray gradFeatures,
      NDArray gradWeight, NDArray gradBias) {}

  /**
   * @param features [passes * B, T, d], pass p in rows [p*B, (p+1)*B); may be part of an autograd graph
   *     (it is only read here)
   * @param weight output projection [V, d]: logits = features . weight^T (+ bias)
   * @param bias [V] or null
   * @param target B x T target ids, row-major
   */
  public Result compute(
      NDArray features, NDArray weight, NDArray bias, int[] target, int rows, int passes, boolean gradients) {
    Shape fs = features.getShape();
    int len = (int) fs.get(1);
    int d = (int) fs.get(2);
    int tokensPerCopy = rows * len;
    if (fs.get(0) != (long) rows * passes || target.length != tokensPerCopy) {
      throw new IllegalArgumentException("features " + fs + " do not match " + passes + " passes of " + rows + " rows");
    }
    int vocab = (int) weight.getShape().get(0);
    NDManager manager = features.getManager();
    double epsI = labelSmoothing / (vocab - 1);
    double c = 1 - labelSmoothing - epsI;
    int pairs = passes * (passes - 1) / 2;
    boolean consistencyGrad = gradients && alpha > 0 && pairs > 0;

    NDArray byPass = features.reshape(passes, tokensPerCopy, d);
    NDArray gradFeatures = gradients ? manager.zeros(new Shape(passes, tokensPerCopy, d)) : null;
    NDArray gradWeight = gradients ? manager.zeros(weight.getShape()) : null;
    NDArray gradBias = gradients && bias != null ? manager.zeros(bias.getShape()) : null;

    double ceSum = 0;
    double nllSum = 0;
    double consSum = 0;
    long tokens = 0;
    for (int t : target) {
      tokens += t != Specials.PAD ? 1 : 0;
    }
    int chunk = Math.max(1, chunkElements / (passes * vocab));
    for (int i0 = 0; i0 < tokensPerCopy; i0 += chunk) {
      int k = Math.min(chunk, tokensPerCopy - i0);
      if (allPadding(target, i0, k)) {
        continue;
      }
      try (NDScope scope = new NDScope()) {
        scope.suppressNotUsedWarning();
        long[] y = new long[k];
        long[] rowIds = new long[k];
        float[] m = new float[k];
        for (int i = 0; i < k; i++) {
          y[i] = target[i0 + i];
          rowIds[i] = i;
          m[i] = target[i0 + i] != Specials.PAD ? 1f : 0f;
        }
        NDArray yOne = manager.create(y, new Shape(k, 1));
        NDArray mOne = manager.create(m, new Shape(k, 1));
        NDArray hc = byPass.get(new NDIndex(":, {}:{}, :", i0, i0 + k)).reshape((long) passes * k, d);
        NDArray z = hc.getNDArrayInternal().linear(hc, weight, bias).singletonOrThrow();
        // p by softmax and log-sum-exp from the largest logit (whose probability is >= 1/V, so its log
        // is safe): cheaper than log_softmax followed by exp.
        NDArray p = z.softmax(1);
        NDArray lse = z.max(new int[] {1}, true).sub(p.max(new int[] {1}, true).log());
        NDArray[] zs = new NDArray[passes];
        NDArray[] ps = new NDArray[passes];
        for (int i = 0; i < passes; i++) {
          NDIndex rowsOfPass = new NDIndex("{}:{}", (long) i * k, (long) (i + 1) * k);
          zs[i] = z.get(rowsOfPass);
          ps[i] = p.get(rowsOfPass);
          NDArray lsei = lse.get(rowsOfPass);
          // -log p_y = lse - z_y;  -sum_v log p_v = V * lse - sum_v z_v
          float nll = lsei.sub(zs[i].gather(yOne, 1)).mul(mOne).sum().getFloat();
          float smooth = lsei.mul((float) vocab).sub(zs[i].sum(new int[] {1}, true)).mul(mOne).sum().getFloat();
          nllSum += nll;
          ceSum += c * nll + epsI * smooth;
        }
        // Gradient of pass i: G_i = p_i * F_i - S_i - eps' - c * onehot(y), where the consistency term
        // contributes F_i (a factor) and S_i (other passes' probabilities); see the class comment.
        NDArray[] factor = new NDArray[passes];
        NDArray[] others = new NDArray[passes];
        for (int i = 0; i < passes; i++) {
          for (int j = i + 1; j < passes; j++) {
            NDArray diff = zs[i].sub(zs[j]);
            if (consistency == Consistency.KL) {
              NDArray ai = ps[i].mul(diff).sum(new int[] {1}, true);
              NDArray aj = ps[j].mul(diff).sum(new int[] {1}, true);
              consSum += 0.5 * ai.sub(aj).mul(mOne).sum().getFloat();
              if (consistencyGrad) {
                float w = (float) (alpha / pairs / 2);
                // d/dz_i: w (p_i (Z - a_i + 1) - p_j);  d/dz_j: w (p_j (a_j - Z + 1) - p_i)
                factor[i] = accumulate(factor[i], diff.sub(ai).muli(w).addi(w));
                factor[j] = accumulate(factor[j], aj.sub(diff).muli(w).addi(w));
                others[i] = accumulate(others[i], ps[j].mul(w));
                others[j] = accumulate(others[j], ps[i].mul(w));
              }
            } else {
              consSum += diff.square().sum(new int[] {1}, true).mul(mOne).sum().getFloat();
              if (consistencyGrad) {
                NDArray g = diff.mul((float) (2 * alpha / pairs));
                others[i] = accumulate(others[i], g.neg());
                others[j] = accumulate(others[j], g);
              }
            }
          }
        }
        if (gradients) {
          // G is built in place in p (pass i's rows are the view ps[i]); every value of p the
          // consistency terms need was copied into factor/others above.
          NDArray rowIndex = manager.create(rowIds, new Shape(k));
          NDArray colIndex = yOne.reshape(k);
          NDIndex atTarget = new NDIndex("{}, {}", rowIndex, colIndex);
          for (int i = 0; i < passes; i++) {
            NDArray g = ps[i];
            if (factor[i] != null) {
              g.muli(factor[i].addi(1f));
            }
            g.subi((float) epsI);
            if (others[i] != null) {
              g.subi(others[i]);
            }
            g.set(atTarget, g.get(atTarget).sub((float) c));
          }
          // Padded rows: masking the small [rows, d] operands zeroes their contribution.
          NDArray maskAll = passes == 1 ? mOne : NDArrays.concat(new NDList(java.util.Collections.nCopies(passes, mOne)), 0);
          NDArray gh = p.matMul(weight).mul(maskAll).reshape(passes, k, d);
          gradFeatures.set(new NDIndex(":, {}:{}, :", i0, i0 + k), gh);
          gradWeight.addi(p.transpose().matMul(hc.mul(maskAll)));
          if (gradBias != null) {
            gradBias.addi(maskAll.transpose().matMul(p).reshape(vocab));
          }
        }
      }
    }
    double cons = pairs > 0 ? consSum / pairs : 0;
    return new Result(
        ceSum + alpha * cons, nllSum, cons, tokens, passes,
        gradFeatures == null ? null : gradFeatures.reshape(fs), gradWeight, gradBias);
  }

  private static NDArray accumulate(NDArray sum, NDArray term) {
    return sum == null ? term : sum.addi(term);
  }

  private static boolean allPadding(int[] target, int from, int count) {
    for (int i = from; i < from + count; i++) {
      if (target[i] != Specials.PAD) {
        return false;
      }
    }
    return true;
  }
}
