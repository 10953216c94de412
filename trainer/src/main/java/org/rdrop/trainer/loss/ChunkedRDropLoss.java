package org.rdrop.trainer.loss;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
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
 *   d CE / dz   = p - eps' - c * onehot(y)                                (the p coefficient is exactly 1)
 *   KL_ij       = 1/2 sum_v (p_i - p_j)(z_i - z_j)                        (the log-sum-exp terms cancel)
 * </pre>
 *
 * Over the P passes everything goes through the centred logits c_i = z_i - mean_j z_j, because the sum
 * over pairs of z_i - z_j is P c_i (and the bias cancels). With a_i = sum_v p_i c_i, u = alpha / (P - 1)
 * and mean p the mean of the passes' probabilities:
 *
 * <pre>
 *   sum over pairs of KL_ij    = P/2 sum_i a_i
 *   d (CE + alpha KL) / dz_i   = p_i (1 + u (1 + c_i - a_i)) - u mean p - eps' - c onehot(y)   (KL: mean over pairs)
 *   sum over pairs of MSE_ij   = P sum_i sum_v c_i^2,    d / dz_i = 2 P c_i
 * </pre>
 *
 * The KL gradient is built divided by u, so that u multiplies the small [tokens, d] products rather than
 * the [tokens, V] array, and eps' joins the mean instead of costing its own pass. On the CPU the KL term is
 * computed by {@link CpuKlKernel} (one sweep instead of about ten torch ops). The objective is exactly
 * that of {@link RDropLoss} (a test checks values and every parameter's gradient against it). Padded
 * tokens get zero gradient.
 */
public final class ChunkedRDropLoss implements Objective {
  /** Logits per chunk by default: 2^20 floats (4 MB), small enough for the caches. */
  public static final int DEFAULT_CHUNK_ELEMENTS = 1 << 20;

  private final RDropObjective objective;
  private final int chunkElements;
  private final boolean cpuKernel;

  /**
   * @param cpuKernel compute the KL term of CPU arrays with {@link CpuKlKernel} (false: torch ops, as on
   *     the GPU; for tests)
   */
  ChunkedRDropLoss(
      double labelSmoothing, double alpha, Consistency consistency, int chunkElements, boolean cpuKernel) {
    this.objective = new RDropObjective(labelSmoothing, alpha, consistency);
    if (chunkElements < 1) {
      throw new IllegalArgumentException("chunkElements must be >= 1");
    }
    this.chunkElements = chunkElements;
    this.cpuKernel = cpuKernel;
  }

  public ChunkedRDropLoss(double labelSmoothing, double alpha, Consistency consistency) {
    this(labelSmoothing, alpha, consistency, DEFAULT_CHUNK_ELEMENTS, true);
  }

  @Override
  public double alpha() {
    return objective.alpha();
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
  @Override
  public Result compute(
      NDArray features, NDArray weight, NDArray bias, int[] target, int rows, int passes, boolean gradients) {
    double labelSmoothing = objective.labelSmoothing();
    double alpha = objective.alpha();
    Consistency consistency = objective.consistency();
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

    // With KL gradients the gradient is built as G = scale * G' so that the factor alpha / (P - 1) is
    // applied to the small [rows, d] products instead of the [rows, V] array (see the class comment).
    boolean klGrad = consistencyGrad && consistency == Consistency.KL;
    double scale = klGrad ? alpha / (passes - 1) : 1;

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
        int n = passes * k;
        long[] y = new long[n];
        long[] rowIds = new long[n];
        float[] m = new float[n];
        for (int r = 0; r < n; r++) {
          int t = target[i0 + r % k];
          y[r] = t;
          rowIds[r] = r;
          m[r] = t != Specials.PAD ? 1f : 0f;
        }
        NDArray yIdx = manager.create(y, new Shape(n, 1));
        NDArray mask = manager.create(m, new Shape(n, 1));
        NDArray hc = byPass.get(new NDIndex(":, {}:{}, :", i0, i0 + k)).reshape(n, d);
        NDArray z = hc.getNDArrayInternal().linear(hc, weight, bias).singletonOrThrow();
        // p by softmax and log-sum-exp from the largest logit (whose probability is >= 1/V, so its log
        // is safe): cheaper than log_softmax followed by exp.
        NDArray p = z.softmax(1);
        NDArray lse = z.max(new int[] {1}, true).sub(p.max(new int[] {1}, true).log());
        // -log p_y = lse - z_y;  -sum_v log p_v = V * lse - sum_v z_v
        double nll = lse.sub(z.gather(yIdx, 1)).mul(mask).sum().getFloat();
        double smooth = lse.mul((float) vocab).sub(z.sum(new int[] {1}, true)).mul(mask).sum().getFloat();
        nllSum += nll;
        ceSum += c * nll + epsI * smooth;
        if (pairs > 0 && consistency == Consistency.KL && cpuKernel && Device.cpu().equals(z.getDevice())) {
          float[] a = CpuKlKernel.apply(
              z, p, passes, k, (float) (1 + 1 / scale), (float) (epsI / scale), klGrad, JniUtils.getNumThreads());
          double aSum = 0;
          for (int r = 0; r < n; r++) {
            aSum += m[r] * a[r];
          }
          consSum += 0.5 * passes * aSum;
        } else if (pairs > 0) {
          // Centred logits c_i = z_i - mean_j z_j: summed over pairs, z_i - z_j gives P c_i (z is not
          // needed after this, so it is centred in place).
          NDArray z3 = z.reshape(passes, k, vocab);
          NDArray p3 = p.reshape(passes, k, vocab);
          NDArray mask3 = mask.reshape(passes, k, 1);
          NDArray centred = z3.subi(sumOverPasses(z3).muli(1f / passes));
          if (consistency == Consistency.KL) {
            NDArray a = rowDot(p3, centred);
            consSum += 0.5 * passes * a.mul(mask3).sum().getFloat();
            if (klGrad) {
              // G'_i = p_i (c_i - a_i + 1 + 1/scale) - mean_j p_j - eps' / scale
              NDArray pbar = sumOverPasses(p3).muli(1f / passes).addi((float) (epsI / scale));
              p3.muli(centred.addi(a.neg().addi((float) (1 + 1 / scale)))).subi(pbar);
            }
          } else {
            consSum += passes * rowDot(centred, centred).mul(mask3).sum().getFloat();
            if (consistencyGrad) {
              p3.addi(centred.muli((float) (4 * alpha / (passes - 1))));
            }
          }
        }
        if (gradients) {
          if (!klGrad) {
            p.subi((float) epsI);
          }
          NDIndex atTarget = new NDIndex("{}, {}", manager.create(rowIds, new Shape(n)), yIdx.reshape(n));
          p.set(atTarget, p.get(atTarget).sub((float) (c / scale)));
          // Padded rows: masking the small [rows, d] operands zeroes their contribution.
          NDArray weighting = klGrad ? mask.mul((float) scale) : mask;
          NDArray gh = p.matMul(weight).muli(weighting).reshape(passes, k, d);
          gradFeatures.set(new NDIndex(":, {}:{}, :", i0, i0 + k), gh);
          gradWeight.addi(p.transpose().matMul(hc.mul(weighting)));
          if (gradBias != null) {
            gradBias.addi(weighting.transpose().matMul(p).reshape(vocab));
          }
        }
      }
    }
    double cons = pairs > 0 ? consSum / pairs : 0;
    return new Result(
        ceSum + alpha * cons, nllSum, cons, tokens, passes,
        gradFeatures == null ? null : gradFeatures.reshape(fs), gradWeight, gradBias);
  }

  /** Sum over axis 0 of [P, k, V] by element-wise adds (a reduction over axis 0 is several times slower). */
  private static NDArray sumOverPasses(NDArray x3) {
    NDArray sum = x3.get(0).add(x3.get(1));
    for (int i = 2; i < x3.getShape().get(0); i++) {
      sum.addi(x3.get(i));
    }
    return sum;
  }

  /** Row-wise inner products of two [P, k, V] arrays: [P, k, 1] (a batched matMul is several times slower). */
  private static NDArray rowDot(NDArray a, NDArray b) {
    return a.mul(b).sum(new int[] {2}, true);
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
